import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { queryClient } from './client';
import type { PagedQuery } from './paged-query';
import type { Query, QueryState } from './query-client';

const IDLE: QueryState<never> = Object.freeze({ loading: false, fetching: false });

export interface QueryOptions {
  /** While a new key has no answer yet, show the last key's answer (a search being typed). */
  keepPrevious?: boolean;
}

/**
 * The cached answer of a query for these params, read when the view first shows it and
 * again whenever the invalidation table says its data changed. `undefined` params: nothing
 * to read yet (the view waits for something else).
 */
export function useQuery<P, T>(query: Query<P, T>, params: P | undefined, options: QueryOptions = {}): QueryState<T> {
  const key = params === undefined ? undefined : query.key(params);
  const entry = useStore(queryClient.store, (state) => (key === undefined ? undefined : state.entries[key])) as QueryState<T> | undefined;
  useEffect(() => {
    if (params === undefined) return;
    return queryClient.watch(query, params);
    // The key is the params' content: a new params object with the same content is the same read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, key]);
  const [previous, setPrevious] = useState<T>();
  if (options.keepPrevious && entry?.data !== undefined && entry.data !== previous) setPrevious(entry.data);
  if (key === undefined) return IDLE;
  const state = entry ?? queryClient.get(query, params as P);
  return options.keepPrevious && state.data === undefined && previous !== undefined ? { ...state, data: previous } : state;
}

/** A paged query's state with `loadMore`, which adds the next page (once, however often it is called meanwhile). */
export function usePagedQuery<P, I, M>(query: PagedQuery<P, I, M>, params: P, options: QueryOptions = {}) {
  const state = useQuery(query, params, options);
  const key = query.key(params);
  const loadMore = useCallback(() => {
    const current = queryClient.get(query, params);
    if (current.data?.hasMore && !current.fetching) void queryClient.extend(query, params, (data) => query.more(params, data));
    // As in useQuery, the key stands for the params.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, key]);
  return { ...state, loadMore };
}
