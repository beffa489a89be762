import { definePagedQuery, type PageAnswer, type PageWindow } from '../../lib/query/paged-query';
import { defineQuery } from '../../lib/query/query-client';
import type { QueryName } from '../invalidation';

/** A query named in the invalidation table. */
export const appQuery = <P, T>(name: QueryName, read: (params: P) => Promise<T>) => defineQuery(name, read);

/** A paged query named in the invalidation table. */
export const appPagedQuery = <P, I, M = undefined>(
  name: QueryName,
  pageSize: number,
  readPage: (params: P, window: PageWindow<I>) => Promise<PageAnswer<I, M>>,
) => definePagedQuery(name, pageSize, readPage);
