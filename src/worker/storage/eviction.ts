import Dexie from 'dexie';
import { KIND } from '../../domain/kinds';
import { eventKey } from '../cache/cache-keys';
import type { PlatesDatabase } from '../db/database';
import type { CacheMetaRow, EventRow } from '../db/rows';
import type { ProtectedSet } from './protected-set';

export interface EvictionReport {
  freedBytes: number;
  mediaRemoved: number;
  eventsRemoved: number;
  /** Ids of the events removed (the pipeline's memory of stored ids forgets them). */
  eventIds: string[];
}

interface Candidate {
  key: string;
  bytes: number;
  priority: number;
  lastAccessed: number;
}

interface EventCandidate extends Candidate {
  event: EventRow;
}

/**
 * Frees at least `bytes`, other people's content first, in this order: media (lowest
 * priority, then least recently used), then events no view of the person needs: others'
 * workout records, profiles and lists of people not followed, templates and packs, and
 * exercises that no stored template or record uses. Never the person's own events, the
 * starter library, what the active workout or the outbox needs, or anything pinned.
 */
export async function evict(db: PlatesDatabase, bytes: number, keep: ProtectedSet): Promise<EvictionReport> {
  const report: EvictionReport = { freedBytes: 0, mediaRemoved: 0, eventsRemoved: 0, eventIds: [] };
  if (!(bytes > 0)) return report;
  await evictMedia(db, bytes, report);
  for (const pass of EVENT_PASSES) {
    if (report.freedBytes >= bytes) break;
    const candidates = await pass(db, keep);
    await removeEvents(db, cheapestFirst(candidates), bytes, report);
  }
  return report;
}

async function evictMedia(db: PlatesDatabase, bytes: number, report: EvictionReport): Promise<void> {
  const rows: CacheMetaRow[] = [];
  let planned = 0;
  await db.cacheMeta
    .orderBy('[priority+lastAccessed]')
    .until(() => planned >= bytes)
    .each((row) => {
      if (!row.key.startsWith('media:') || row.pinned) return;
      rows.push(row);
      planned += row.size ?? 0;
    });
  if (rows.length === 0) return;
  const urls = rows.map((row) => row.key.slice('media:'.length));
  await db.transaction('rw', db.media, db.cacheMeta, async () => {
    await db.media.bulkDelete(urls);
    await db.cacheMeta.bulkDelete(rows.map((row) => row.key));
  });
  report.freedBytes += planned;
  report.mediaRemoved += rows.length;
}

type EventPass = (db: PlatesDatabase, keep: ProtectedSet) => Promise<EventCandidate[]>;

const othersOf = (keep: ProtectedSet) => (event: EventRow) =>
  event.pubkey !== keep.me && event.pubkey !== keep.starter && !keep.outboxEvents.has(event.id);

const EVENT_PASSES: EventPass[] = [
  // Others' workouts: the feed asks relays for them again when it needs them.
  (db, keep) => candidatesOfKinds(db, [KIND.workoutRecord, KIND.legacyWorkoutRecord], othersOf(keep)),
  // Profiles and lists of people not followed (seen once in a shared link or a pack).
  (db, keep) =>
    candidatesOfKinds(
      db,
      [KIND.profile, KIND.contacts, KIND.muteList, KIND.relayList],
      (event) => othersOf(keep)(event) && !keep.follows.has(event.pubkey),
    ),
  // Templates and packs of others that the active workout does not use.
  (db, keep) =>
    candidatesOfKinds(
      db,
      [KIND.workoutTemplate, KIND.bookmarkSet, KIND.curationSet],
      (event) => othersOf(keep)(event) && !keep.activeWorkout.has(event.address ?? ''),
    ),
  // Exercises of others that nothing stored still uses (read after the passes above removed their users).
  async (db, keep) => {
    const used = new Set<string>([
      ...(await db.templates.orderBy('exerciseAddresses').uniqueKeys()).map(String),
      ...(await db.records.orderBy('exerciseAddresses').uniqueKeys()).map(String),
      ...keep.activeWorkout,
    ]);
    return candidatesOfKinds(db, [KIND.exercise], (event) => othersOf(keep)(event) && !used.has(event.address ?? ''));
  },
];

/** The events of `kinds` that `evictable` allows, with their bookkeeping (unread ones count as read when received). */
async function candidatesOfKinds(db: PlatesDatabase, kinds: number[], evictable: (event: EventRow) => boolean): Promise<EventCandidate[]> {
  const events: EventRow[] = [];
  for (const kind of kinds) {
    await db.events
      .where('[kind+created_at]')
      .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
      .each((event) => {
        if (evictable(event)) events.push(event);
      });
  }
  const metas = await db.cacheMeta.bulkGet(events.map((event) => eventKey(event.address ?? event.id)));
  return events.flatMap((event, i) => {
    const meta = metas[i];
    if (meta?.pinned) return [];
    return [
      {
        key: event.address ?? event.id,
        event,
        bytes: eventBytes(event),
        priority: meta?.priority ?? 0,
        lastAccessed: meta?.lastAccessed ?? event.receivedAt,
      },
    ];
  });
}

function cheapestFirst<T extends Candidate>(candidates: T[]): T[] {
  return candidates.sort((a, b) => a.priority - b.priority || a.lastAccessed - b.lastAccessed);
}

const REMOVE_CHUNK = 200;

/** Removes events with their read models and bookkeeping, a chunk per transaction, until `bytes` are freed. */
async function removeEvents(db: PlatesDatabase, candidates: EventCandidate[], bytes: number, report: EvictionReport): Promise<void> {
  let next = 0;
  while (report.freedBytes < bytes && next < candidates.length) {
    const chunk: EventCandidate[] = [];
    let planned = 0;
    while (next < candidates.length && chunk.length < REMOVE_CHUNK && report.freedBytes + planned < bytes) {
      const candidate = candidates[next++] as EventCandidate;
      chunk.push(candidate);
      planned += candidate.bytes;
    }
    const events = chunk.map((c) => c.event);
    const addresses = events.flatMap((event) => (event.address ? [event.address] : []));
    await db.transaction(
      'rw',
      [db.events, db.exercises, db.templates, db.records, db.incompleteTemplates, db.cacheMeta, db.fetchLog],
      async () => {
        await db.events.bulkDelete(events.map((event) => event.id));
        await db.exercises.bulkDelete(addresses);
        await db.templates.bulkDelete(addresses);
        await db.records.bulkDelete([...events.map((event) => event.id), ...addresses]);
        await db.incompleteTemplates.where('templateAddress').anyOf(addresses).delete();
        await db.cacheMeta.bulkDelete(chunk.map((c) => eventKey(c.key)));
        // The fetch log must not call these fresh any more, or they would never be asked for again.
        await db.fetchLog.bulkDelete(events.flatMap(fetchKeysCovering));
      },
    );
    report.freedBytes += planned;
    report.eventsRemoved += events.length;
    report.eventIds.push(...events.map((event) => event.id));
  }
}

/** The fetch-log keys (repository/loaders.ts) under which an event counted as fetched. */
function fetchKeysCovering(event: EventRow): string[] {
  switch (event.kind) {
    case KIND.profile:
      return [`profile:${event.pubkey}`];
    case KIND.contacts:
      return [`contacts:${event.pubkey}`];
    case KIND.relayList:
      return [`relays:${event.pubkey}`];
    case KIND.exercise:
    case KIND.workoutTemplate:
      return [`library:${event.pubkey}`, `address:${event.address ?? ''}`];
    default:
      return event.address ? [`address:${event.address}`] : [];
  }
}

/** Roughly what an event takes on disk: its JSON twice over (raw row and read model) plus index entries. */
export function eventBytes(event: Pick<EventRow, 'content' | 'tags'>): number {
  let tagBytes = 0;
  // Also called on unchecked input (a batch's size before ingest): anything but strings counts as nothing.
  for (const tag of event.tags) for (const value of tag) tagBytes += typeof value === 'string' ? value.length + 4 : 0;
  return 2 * (event.content.length + tagBytes) + 600;
}
