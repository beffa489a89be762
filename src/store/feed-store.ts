import { create } from 'zustand';
import { KIND } from '../domain/kinds';
import { coalesce } from '../lib/coalesce';
import { errorMessage, listen, workerApi } from '../lib/worker-client';
import type { AccountState, FeedItem, LoadOutcome } from '../worker/api';
import { useAccountStore } from './account-store';

const PAGE_SIZE = 20;
/** The feed changes with records, profiles, follows, mutes, and exercise names arriving. */
const FEED_KINDS: readonly number[] = [
  KIND.workoutRecord,
  KIND.legacyWorkoutRecord,
  KIND.profile,
  KIND.contacts,
  KIND.muteList,
  KIND.exercise,
];

interface FeedState {
  items: FeedItem[];
  /** False when the person follows nobody (or is signed out). */
  hasFollows: boolean;
  loaded: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  refreshing: boolean;
  /** How the last refresh was answered; 'offline' and 'fallback' mean the list is what this device had. */
  lastRefresh?: LoadOutcome | 'no-follows';
  error?: string;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  refresh(): Promise<void>;
}

let listSeq = 0;

export const useFeedStore = create<FeedState>((set, get) => ({
  items: [],
  hasFollows: false,
  loaded: false,
  hasMore: false,
  loadingMore: false,
  refreshing: false,

  async load() {
    const seq = ++listSeq;
    const limit = Math.max(PAGE_SIZE, get().items.length);
    try {
      const page = await workerApi().listFeed({ limit });
      if (seq === listSeq)
        set({ items: page.items, hasFollows: page.hasFollows, hasMore: page.items.length === limit, loaded: true, error: undefined });
    } catch (error) {
      if (seq === listSeq) set({ loaded: true, error: errorMessage(error) });
    }
  },

  async loadMore() {
    const { items, hasMore, loadingMore } = get();
    const last = items[items.length - 1];
    if (!hasMore || loadingMore || !last) return;
    const seq = listSeq;
    set({ loadingMore: true });
    try {
      const page = await workerApi().listFeed({ limit: PAGE_SIZE, before: last.start });
      if (seq === listSeq) set({ items: [...get().items, ...page.items], hasMore: page.items.length === PAGE_SIZE });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ loadingMore: false });
    }
  },

  async refresh() {
    if (get().refreshing) return;
    set({ refreshing: true });
    try {
      const { outcome } = await workerApi().refreshFeed({});
      set({ lastRefresh: outcome, error: undefined });
      await get().load();
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ refreshing: false });
    }
  },
}));

/**
 * Shows the feed from this device at once, then asks the relays for what is new; re-reads
 * when records, profiles or follows arrive, or the account changes. Returns the unsubscribe.
 */
export function followFeedChanges(): () => void {
  const load = coalesce(() => useFeedStore.getState().load());
  void load().then(() => useFeedStore.getState().refresh());
  const stopEvents = listen((event) => {
    if (event.type !== 'events-ingested' || !event.payload.kinds.some((kind) => FEED_KINDS.includes(kind))) return;
    // New follows: their workouts are asked of the relays too.
    if (event.payload.kinds.includes(KIND.contacts)) void load().then(() => useFeedStore.getState().refresh());
    else void load();
  });
  const stopAccount = useAccountStore.subscribe((state, previous) => {
    if (pubkeyOf(state.account) !== pubkeyOf(previous.account)) void load().then(() => useFeedStore.getState().refresh());
  });
  return () => {
    stopEvents();
    stopAccount();
  };
}

function pubkeyOf(account: AccountState | undefined): string | undefined {
  return account && account.status !== 'signed-out' ? account.pubkey : undefined;
}
