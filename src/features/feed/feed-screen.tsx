import { useEffect, type ReactNode } from 'react';
import { useOnline } from '../../lib/use-online';
import { useAccountStore } from '../../store/account-store';
import { followFeedChanges, useFeedStore } from '../../store/feed-store';
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
  const { items, hasFollows, loaded, hasMore, loadingMore, refreshing, lastRefresh, error, refresh, loadMore } = useFeedStore();
  const online = useOnline();
  const pull = usePullToRefresh(refresh);
  useEffect(() => followFeedChanges(), []);

  if (!account) return <main className="screen" aria-busy="true" />;
  if (account.status === 'signed-out') {
    return (
      <main className="screen">
        <FeedEmpty reason="signed-out" />
      </main>
    );
  }
  const status = refreshStatus(refreshing, lastRefresh, online);
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
        <button type="button" className="link-button" onClick={() => void refresh()} disabled={refreshing}>
          Refresh
        </button>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
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
      {hasMore && (
        <button type="button" className="button feed__more" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show older workouts'}
        </button>
      )}
    </main>
  );
}
