import type { ReactNode } from 'react';
import { usePagedQuery, useQuery } from '../../lib/query/use-query';
import { useOnline } from '../../lib/use-online';
import { useAccountStore } from '../../store/account-store';
import { feedQuery, feedRefreshQuery, refreshFeed } from '../../store/queries/feed-queries';
import type { FeedItem } from '../../worker/api';
import { FeedCard } from './feed-card';
import { FeedEmpty } from './feed-empty';
import './feed.css';
import { refreshStatus } from './refresh-status';
import { usePullToRefresh } from './use-pull-to-refresh';

/**
 * Workouts of the people the person follows, newest first: from this device at once, then
 * refreshed from the relays (on open, by pulling down, or with Refresh). `renderRecord`
 * draws a workout as History does; app/ passes it, since features do not import each other.
 */
export function FeedScreen({ renderRecord }: { renderRecord: (item: FeedItem) => ReactNode }) {
  const account = useAccountStore((s) => s.account);
  const feed = usePagedQuery(feedQuery, {});
  const lastRefresh = useQuery(feedRefreshQuery, {});
  const online = useOnline();
  const pull = usePullToRefresh(refreshFeed);
  const items = feed.data?.items ?? [];
  const loaded = feed.data !== undefined;
  const hasFollows = feed.data?.meta.hasFollows ?? false;
  const refreshing = lastRefresh.fetching;
  const error = feed.error ?? lastRefresh.error;

  if (!account) return <main className="screen" aria-busy="true" />;
  if (account.status === 'signed-out') {
    return (
      <main className="screen">
        <FeedEmpty reason="signed-out" />
      </main>
    );
  }
  const status = refreshStatus(refreshing, lastRefresh.data?.outcome, online);
  return (
    <main className="screen feed" {...pull.handlers}>
      {pull.distance > 0 && (
        <div className="feed__pull" style={{ height: pull.distance }} aria-hidden="true">
          {pull.ready ? 'Release to refresh' : 'Pull to refresh'}
        </div>
      )}
      <div className="feed__bar">
        <p className="feed__status muted" role="status">
          {status ?? (loaded && hasFollows ? 'Workouts of the people you follow' : '')}
        </p>
        <button type="button" className="link-button" onClick={() => void refreshFeed()} disabled={refreshing}>
          Refresh
        </button>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error.message}
        </p>
      )}
      {!loaded && <p className="muted">Loading the feed…</p>}
      {loaded && !hasFollows && <FeedEmpty reason="no-follows" />}
      {loaded && hasFollows && items.length === 0 && <FeedEmpty reason="no-workouts" />}
      {items.length > 0 && (
        <ul className="feed__list" aria-label="Feed">
          {items.map((item) => (
            <FeedCard key={item.key} item={item}>
              {renderRecord(item)}
            </FeedCard>
          ))}
        </ul>
      )}
      {feed.data?.hasMore && (
        <button type="button" className="button feed__more" onClick={feed.loadMore} disabled={feed.fetching}>
          {feed.fetching ? 'Loading…' : 'Show older workouts'}
        </button>
      )}
    </main>
  );
}
