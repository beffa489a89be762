import { queryKey, type Query } from './query-client';

/** A list read a page at a time; `meta` is what the list's read answers beside its items. */
export interface Page<I, M = undefined> {
  items: I[];
  hasMore: boolean;
  /** How many match in all, where the read counts them. */
  total?: number;
  meta: M;
}

/** Where a page starts: after the last item shown (keyset) or at an offset. */
export interface PageWindow<I> {
  limit: number;
  offset: number;
  after?: I;
}

export interface PageAnswer<I, M> {
  items: I[];
  total?: number;
  meta: M;
}

export interface PagedQuery<P, I, M = undefined> extends Query<P, Page<I, M>> {
  /** The current list with the next page added. */
  more(params: P, current: Page<I, M>): Promise<Page<I, M>>;
}

/**
 * A list query: the first read takes one page; a re-read (after an invalidation) takes as
 * many items as are shown, so an update never shortens a scrolled list; `more` adds a page.
 */
export function definePagedQuery<P, I, M = undefined>(
  name: string,
  pageSize: number,
  readPage: (params: P, window: PageWindow<I>) => Promise<PageAnswer<I, M>>,
): PagedQuery<P, I, M> {
  return {
    name,
    key: (params) => queryKey(name, params),
    async read(params, current) {
      const limit = Math.max(pageSize, current?.items.length ?? 0);
      const answer = await readPage(params, { limit, offset: 0 });
      return { ...answer, hasMore: hasMore(answer, answer.items.length, limit) };
    },
    async more(params, current) {
      const answer = await readPage(params, { limit: pageSize, offset: current.items.length, after: current.items.at(-1) });
      const items = [...current.items, ...answer.items];
      return { ...answer, items, hasMore: hasMore(answer, items.length, pageSize, answer.items.length) };
    },
  };
}

function hasMore(answer: PageAnswer<unknown, unknown>, shown: number, limit: number, pageLength = shown): boolean {
  return answer.total === undefined ? pageLength === limit : shown < answer.total;
}
