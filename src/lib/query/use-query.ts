import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { queryClient } from './client';
import type { PagedQuery } from './paged-query';
import type { Query, QueryState } from './query-client';

const IDLE: QueryState<never> = Object.freeze({ loading: false, fetching: false });

export interface QueryOptions {
  /**
   * When the params change (a search being typed), keep showing the last answer until the new
   * key is answered afresh: a list held in the cache from earlier is not drawn first only to be
   * drawn again when the worker answers, and the keystroke's task stays short.
   */
  keepPrevious?: boolean;
}

interface Shown<T> {
  key?: string;
  /** The client's time when the view moved to `key`: answers after it are fresh. */
  since: number;
  data?: T;
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
  const [shown, setShown] = useState<Shown<T>>({ since: -1 });
  if (key === undefined) return IDLE;
  const state = entry ?? queryClient.get(query, params as P);
  if (!options.keepPrevious) return state;
  // State set while rendering, React's way of deriving it from what changed since the last render.
  // The view's first key shows what the cache holds at once (a screen coming back); a later key waits for its own answer.
  const since = shown.key === key ? shown.since : shown.key === undefined ? -1 : queryClient.time;
  const fresh = state.answeredAt !== undefined && state.answeredAt > since;
  const data = fresh && state.data !== undefined ? state.data : shown.data;
  if (shown.key !== key || shown.data !== data) setShown({ key, since, data });
  return fresh ? state : { ...state, data };
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
