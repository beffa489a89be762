import { queryClient } from '../../lib/query/client';
import { workerApi } from '../../lib/worker-client';
import type { FeedItem } from '../../worker/api';
import { appPagedQuery, appQuery } from './app-query';

/** Workouts of the people the person follows, newest first; `meta.hasFollows` is false when they follow nobody. */
export const feedQuery = appPagedQuery<Record<string, never>, FeedItem, { hasFollows: boolean }>(
  'feed',
  20,
  async (_params, { limit, after }) => {
    const page = await workerApi().listFeed({ limit, ...(after ? { before: after.start } : {}) });
    return { items: page.items, meta: { hasFollows: page.hasFollows } };
  },
);

/**
 * Asking the relays for what is new from the people followed, as a query: it runs when the
 * feed shows, again when the follow list or the account changes, and when the person pulls
 * or taps Refresh. Its answer is how the relays answered; the records it brings in re-read
 * `feedQuery` through the invalidation table.
 */
export const feedRefreshQuery = appQuery('feed-refresh', () => workerApi().refreshFeed({}));

export const refreshFeed = () => queryClient.fetch(feedRefreshQuery, {});
