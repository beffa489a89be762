import { KIND } from '../domain/kinds';
import { queryClient } from '../lib/query/client';
import { listen } from '../lib/worker-client';
import type { AccountState, WorkerEvent } from '../worker/api';
import { useAccountStore } from './account-store';

/** What makes a query's data change: events of these kinds stored, these worker events, the account changing. */
interface Trigger {
  kinds?: readonly number[];
  events?: readonly WorkerEvent['type'][];
  account?: true;
}

const RECORDS: Trigger = { kinds: [KIND.workoutRecord, KIND.legacyWorkoutRecord, KIND.exercise], account: true };
const TEMPLATES: Trigger = { kinds: [KIND.workoutTemplate, KIND.exercise, KIND.deletion] };
// A deletion (NIP-09) can remove an exercise: lists showing exercises re-read.
const EXERCISES: Trigger = { kinds: [KIND.exercise, KIND.deletion] };

/**
 * The one table of re-reads: every query the views read, by name, and what invalidates it.
 * A query (src/store/queries/) takes its name from here, so a new query without a row does
 * not compile. Exercise names show in records and templates, so exercises arriving re-read them.
 */
export const INVALIDATED_BY = {
  exercises: EXERCISES,
  'library-facets': EXERCISES,
  exercise: EXERCISES,
  // The person's own exercises: one deleted (kind 5) leaves the list; signing in as someone else changes it.
  'my-exercises': { kinds: [KIND.exercise, KIND.deletion], account: true },
  templates: TEMPLATES,
  template: TEMPLATES,
  // A missing exercise arriving, or its author's profile (the name shown), changes what is listed.
  'template-missing': { kinds: [KIND.workoutTemplate, KIND.exercise, KIND.deletion, KIND.profile] },
  'template-offline': { events: ['media-stored', 'storage-evicted'] },
  records: RECORDS,
  record: RECORDS,
  'workout-days': RECORDS,
  'day-records': RECORDS,
  'exercise-history': RECORDS,
  'previous-performance': { kinds: [KIND.workoutRecord, KIND.legacyWorkoutRecord], account: true },
  feed: {
    kinds: [KIND.workoutRecord, KIND.legacyWorkoutRecord, KIND.profile, KIND.contacts, KIND.muteList, KIND.exercise],
    account: true,
  },
  // New follows: their workouts are asked of the relays too.
  'feed-refresh': { kinds: [KIND.contacts], account: true },
  // Relays changed in another tab: re-reading their state opens the new ones.
  'relay-status': { events: ['relay-status', 'settings-changed'] },
  outbox: { events: ['outbox-changed'] },
  diagnostics: { events: ['relay-status', 'events-ingested'] },
  storage: { events: ['events-ingested', 'media-stored', 'storage-evicted'] },
  // How far the Strong/Hevy import has come: the worker says each step (and a resumed import's).
  'training-import-progress': { events: ['training-import-progress'] },
} as const satisfies Record<string, Trigger>;

export type QueryName = keyof typeof INVALIDATED_BY;

const TABLE: [QueryName, Trigger][] = Object.entries(INVALIDATED_BY) as [QueryName, Trigger][];

/** The queries a worker event invalidates. */
export function invalidatedByEvent(event: WorkerEvent): Set<QueryName> {
  const kinds = event.type === 'events-ingested' ? event.payload.kinds : [];
  return new Set(
    TABLE.filter(([, trigger]) => trigger.events?.includes(event.type) || trigger.kinds?.some((kind) => kinds.includes(kind))).map(
      ([name]) => name,
    ),
  );
}

/** The queries that read the signed-in person's data. */
export const ACCOUNT_QUERIES: ReadonlySet<QueryName> = new Set(TABLE.filter(([, trigger]) => trigger.account).map(([name]) => name));

/** Re-reads what an action of this page changed, without waiting for the worker's event. */
export function invalidate(...names: QueryName[]): void {
  queryClient.invalidate(new Set(names));
}

/** Drives every re-read from the table; called once when the worker has started. Returns the unsubscribe. */
export function followInvalidation(): () => void {
  const stopEvents = listen((event) => {
    const names = invalidatedByEvent(event);
    if (names.size > 0) queryClient.invalidate(names);
  });
  const stopAccount = useAccountStore.subscribe((state, previous) => {
    if (pubkeyOf(state.account) !== pubkeyOf(previous.account)) queryClient.invalidate(ACCOUNT_QUERIES);
  });
  return () => {
    stopEvents();
    stopAccount();
  };
}

function pubkeyOf(account: AccountState | undefined): string | undefined {
  return account && account.status !== 'signed-out' ? account.pubkey : undefined;
}
