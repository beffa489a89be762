import Dexie from 'dexie';
import { formatAddress } from '../../domain/address';
import { KIND } from '../../domain/kinds';
import { parseMuteList } from '../../domain/mute-list';
import { parseProfile, type Profile } from '../../domain/profile';
import { eventKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import type { RecordRow } from '../db/rows';
import { followedPubkeys } from '../queries/follows';
import { newestReplaceable } from '../queries/newest-replaceable';
import { ownPubkey } from '../queries/own-pubkey';
import { recordSummaries, type RecordSummary } from '../queries/record-summaries';
import type { LoadOutcome } from '../repository/load-metrics';
import { repositoryLoaders } from '../repository/loaders';

export interface FeedItem extends RecordSummary {
  author: { name?: string; picture?: string };
}

export interface FeedPage {
  /** False when the person follows nobody yet (or is signed out): the screen says what to do. */
  hasFollows: boolean;
  items: FeedItem[];
}

export interface FeedHandlers {
  /** Workout records of the people the person follows, newest first, muted ones left out; from the database. */
  listFeed(args?: { limit?: number; before?: number }): Promise<FeedPage>;
  /** Asks the relays for newer records and profiles of the people followed (database first: fresh keys are not asked). */
  refreshFeed(args?: Record<string, never>): Promise<{ outcome: LoadOutcome | 'no-follows' }>;
}

export function feedHandlers(ctx: WorkerContext): FeedHandlers {
  const { db } = ctx;
  const loaders = repositoryLoaders(ctx);

  /** Followed pubkeys minus muted ones, from the stored kind 3 and kind 10000 lists. */
  async function followed(): Promise<{ me?: string; pubkeys: string[]; mutedEvents: Set<string> }> {
    const me = await ownPubkey(ctx);
    if (!me) return { pubkeys: [], mutedEvents: new Set() };
    const [follows, mutes] = await Promise.all([followedPubkeys(db, me), newestReplaceable(db, KIND.muteList, me)]);
    const muted = mutes ? parseMuteList(mutes) : undefined;
    const mutedPubkeys = new Set(muted?.ok ? muted.value.pubkeys : []);
    const pubkeys = follows.filter((pubkey) => !mutedPubkeys.has(pubkey));
    return { me, pubkeys, mutedEvents: new Set(muted?.ok ? muted.value.eventIds : []) };
  }

  async function authors(pubkeys: string[]): Promise<Map<string, Profile>> {
    const rows = await db.events
      .where('address')
      .anyOf(pubkeys.map((pubkey) => formatAddress({ kind: KIND.profile, pubkey, d: '' })))
      .toArray();
    const profiles = new Map<string, Profile>();
    for (const row of rows) {
      const parsed = parseProfile(row);
      if (parsed.ok) profiles.set(row.pubkey, parsed.value);
    }
    return profiles;
  }

  return {
    async listFeed({ limit = 30, before } = {}) {
      const { pubkeys, mutedEvents } = await followed();
      if (pubkeys.length === 0) return { hasFollows: false, items: [] };
      const upper = before ?? Dexie.maxKey;
      // The newest `limit` of each author, merged: each a short walk of the [pubkey+start] index.
      const perAuthor = await Promise.all(
        pubkeys.map((pubkey) =>
          db.records.where('[pubkey+start]').between([pubkey, Dexie.minKey], [pubkey, upper], true, false).reverse().limit(limit).toArray(),
        ),
      );
      const rows: RecordRow[] = perAuthor
        .flat()
        .filter((row) => !mutedEvents.has(row.eventId))
        .sort((a, b) => b.start - a.start)
        .slice(0, limit);
      for (const row of rows) ctx.access.touch(eventKey(row.key), PRIORITY.passing);
      const [summaries, profiles] = await Promise.all([recordSummaries(db, rows), authors([...new Set(rows.map((row) => row.pubkey))])]);
      const missing = [...new Set(summaries.flatMap((s) => s.exercises.filter((e) => e.title === undefined).map((e) => e.address)))];
      // Exercises not stored yet are fetched behind the list; their arrival re-reads it through 'events-ingested'.
      for (const address of missing) void loaders.loadEvent({ address, priority: 'feed' }).catch(() => undefined);
      return {
        hasFollows: true,
        items: summaries.map((summary) => {
          const profile = profiles.get(summary.pubkey);
          return { ...summary, author: { name: profile?.displayName || profile?.name, picture: profile?.picture } };
        }),
      };
    },

    async refreshFeed() {
      const { pubkeys } = await followed();
      if (pubkeys.length === 0) return { outcome: 'no-follows' };
      const [records] = await Promise.all([loaders.loadFeedRecords({ pubkeys }), loaders.loadProfiles({ pubkeys })]);
      return { outcome: records.outcome };
    },
  };
}
