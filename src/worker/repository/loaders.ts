import Dexie from 'dexie';
import { parseAddress } from '../../domain/address';
import { parseContacts, type Follow } from '../../domain/contacts';
import { KIND } from '../../domain/kinds';
import type { NostrEvent } from '../../domain/nostr-event';
import { parseProfile, type Profile } from '../../domain/profile';
import { parseRelayList, type RelayListEntry } from '../../domain/relay-list';
import type { ParseResult } from '../../domain/result';
import type { WorkerContext } from '../context';
import type { EventRow } from '../db/rows';
import { followedPubkeys } from '../queries/follows';
import { newestReplaceable } from '../queries/newest-replaceable';
import { writeRelaysOf } from '../queries/write-relays';
import type { RefreshPriority } from './freshness';
import type { LoadRequest, LoadResult } from './loader';

/**
 * The concrete database-first loads. Each names its fetch-log key, the relays to ask
 * (the author's NIP-65 write relays: outbox model) and how to read its answer locally.
 */
export function repositoryLoaders(ctx: WorkerContext) {
  function parsedRequest<T>(
    key: string,
    dataClass: 'profile' | 'contacts' | 'relayList',
    kind: number,
    parse: (event: EventRow) => ParseResult<T>,
  ) {
    return async (pubkey: string, priority: RefreshPriority): Promise<LoadRequest<T>> => ({
      key: `${key}:${pubkey}`,
      dataClass,
      priority,
      filters: [{ kinds: [kind], authors: [pubkey] }],
      relays: await writeRelaysOf(ctx, pubkey, 'none'),
      read: async () => {
        const row = await newestReplaceable(ctx.db, kind, pubkey);
        const parsed = row ? parse(row) : undefined;
        return parsed?.ok ? parsed.value : undefined;
      },
    });
  }

  async function libraryRequest(pubkey: string, priority: RefreshPriority): Promise<LoadRequest<{ exercises: number; templates: number }>> {
    return {
      key: `library:${pubkey}`,
      dataClass: 'library',
      priority,
      filters: [{ kinds: [KIND.exercise, KIND.workoutTemplate], authors: [pubkey] }],
      relays: await writeRelaysOf(ctx, pubkey, 'none'),
      incremental: true,
      read: async () => {
        const [exercises, templates] = await Promise.all([
          ctx.db.exercises.where('pubkey').equals(pubkey).count(),
          ctx.db.templates.where('pubkey').equals(pubkey).count(),
        ]);
        return exercises + templates > 0 ? { exercises, templates } : undefined;
      },
    };
  }

  /**
   * The person's own workouts, exercises, templates and deletions, from their write relays:
   * on a new device (or after clearing the browser) history and templates come back.
   */
  async function ownWorkRequest(pubkey: string): Promise<LoadRequest<number>> {
    return {
      key: `own-work:${pubkey}`,
      dataClass: 'library',
      priority: 'own',
      filters: [
        { kinds: [KIND.workoutRecord, KIND.legacyWorkoutRecord, KIND.exercise, KIND.workoutTemplate, KIND.deletion], authors: [pubkey] },
      ],
      relays: await writeRelaysOf(ctx, pubkey, 'none'),
      incremental: true,
      read: async () => {
        const [records, templates, exercises] = await Promise.all([
          ctx.db.records.where('[pubkey+start]').between([pubkey, Dexie.minKey], [pubkey, Dexie.maxKey]).count(),
          ctx.db.templates.where('pubkey').equals(pubkey).count(),
          ctx.db.exercises.where('pubkey').equals(pubkey).count(),
        ]);
        const total = records + templates + exercises;
        return total > 0 ? total : undefined;
      },
    };
  }

  const profileRequest = parsedRequest<Profile>('profile', 'profile', KIND.profile, parseProfile);
  const contactsRequest = parsedRequest<Follow[]>('contacts', 'contacts', KIND.contacts, parseContacts);
  const relayListRequest = parsedRequest<RelayListEntry[]>('relays', 'relayList', KIND.relayList, parseRelayList);

  return {
    loadProfile: async ({ pubkey, priority = 'feed' }: { pubkey: string; priority?: RefreshPriority }) =>
      ctx.loader.load(await profileRequest(pubkey, priority)),
    loadContacts: async ({ pubkey, priority = 'feed' }: { pubkey: string; priority?: RefreshPriority }) =>
      ctx.loader.load(await contactsRequest(pubkey, priority)),
    loadRelayList: async ({ pubkey, priority = 'feed' }: { pubkey: string; priority?: RefreshPriority }) =>
      ctx.loader.load(await relayListRequest(pubkey, priority)),

    /** Many authors' profiles (a feed, a follow list): the stale ones in one request. */
    async loadProfiles({ pubkeys, priority = 'feed' }: { pubkeys: string[]; priority?: RefreshPriority }) {
      const requests = await Promise.all(pubkeys.map((pubkey) => profileRequest(pubkey, priority)));
      const results = await ctx.loader.loadBatch(requests);
      return pubkeys.map((pubkey, i) => ({ pubkey, ...results[i] }));
    },

    /** What the app reads about the person at start: relay list, follows and profile, the stale ones in one request. */
    async loadOwnData({ pubkey }: { pubkey: string }) {
      const [relayList, contacts, profile] = await Promise.all([
        relayListRequest(pubkey, 'own'),
        contactsRequest(pubkey, 'own'),
        profileRequest(pubkey, 'own'),
      ]);
      const [relays, follows, me] = await ctx.loader.loadBatch<unknown>([relayList, contacts, profile]);
      return {
        relayList: relays as LoadResult<RelayListEntry[]>,
        contacts: follows as LoadResult<Follow[]>,
        profile: me as LoadResult<Profile>,
      };
    },

    /** An author's exercise and template library: counts now, the rows through the library queries. */
    loadLibrary: async ({ pubkey, priority = 'library' }: { pubkey: string; priority?: RefreshPriority }) =>
      ctx.loader.load(await libraryRequest(pubkey, priority)),

    /**
     * What the first screens need, in one request for whatever is stale: the person's own
     * relay list, follows, profile and workouts, the starter library, and the profiles of the people
     * they follow. Everything after that is read from the database.
     */
    async loadStartup({ pubkey }: { pubkey?: string } = {}) {
      const account = await ctx.account.state();
      const me = pubkey ?? (account.status === 'signed-out' ? undefined : account.pubkey);
      const libraryAuthor = (await ctx.db.settings.get('starterPackPubkey'))?.value;
      const follows = me ? await followedPubkeys(ctx.db, me) : [];
      const requests = await Promise.all<LoadRequest<unknown>>([
        ...(me ? [relayListRequest(me, 'own'), contactsRequest(me, 'own'), profileRequest(me, 'own'), ownWorkRequest(me)] : []),
        ...(typeof libraryAuthor === 'string' ? [libraryRequest(libraryAuthor, 'library')] : []),
        ...follows.map((pubkey) => profileRequest(pubkey, 'feed')),
      ]);
      const results = await ctx.loader.loadBatch(requests);
      const outcomes: Partial<Record<LoadResult<unknown>['outcome'], number>> = {};
      for (const { outcome } of results) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      return { keys: requests.length, outcomes };
    },

    /** Newer workout records of the people followed: one key for the whole feed, asked for incrementally. */
    async loadFeedRecords({ pubkeys }: { pubkeys: string[] }) {
      const sorted = [...pubkeys].sort();
      return ctx.loader.load({
        key: `feed:${await digest(sorted.join(','))}`,
        dataClass: 'event',
        priority: 'feed',
        filters: [{ kinds: [KIND.workoutRecord, KIND.legacyWorkoutRecord], authors: sorted, limit: 500 }],
        incremental: true,
        read: async () => {
          const counts = await Promise.all(
            sorted.map((pubkey) => ctx.db.records.where('[pubkey+start]').between([pubkey, Dexie.minKey], [pubkey, Dexie.maxKey]).count()),
          );
          const stored = counts.reduce((sum, n) => sum + n, 0);
          return stored > 0 ? stored : undefined;
        },
      });
    },

    /** One addressable event (an exercise, a template) by its kind:pubkey:d address. */
    async loadEvent({ address, priority = 'feed' }: { address: string; priority?: RefreshPriority }): Promise<LoadResult<NostrEvent>> {
      const parsed = parseAddress(address);
      if (!parsed) return { value: undefined, outcome: 'offline' };
      return ctx.loader.load({
        key: `address:${address}`,
        dataClass: 'event',
        priority,
        filters: [{ kinds: [parsed.kind], authors: [parsed.pubkey], '#d': [parsed.d] }],
        relays: await writeRelaysOf(ctx, parsed.pubkey, 'none'),
        // A fresh load of the author's library already brought its newest exercises and templates.
        coveredBy: parsed.kind === KIND.exercise || parsed.kind === KIND.workoutTemplate ? [`library:${parsed.pubkey}`] : [],
        read: async () => {
          const row = await ctx.db.events.where('address').equals(address).first();
          return row ? toNostrEvent(row) : undefined;
        },
      });
    },
  };
}

export type RepositoryLoaders = ReturnType<typeof repositoryLoaders>;

/** A short stable name for a long key (a feed's author list). */
async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toNostrEvent({ id, pubkey, created_at, kind, tags, content, sig }: EventRow): NostrEvent {
  return { id, pubkey, created_at, kind, tags, content, sig };
}
