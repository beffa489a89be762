import Dexie, { type EntityTable, type Table } from 'dexie';
import { tagKeys } from '../../domain/tag-keys';
import type {
  ActiveWorkoutRow,
  CacheMetaRow,
  DeletionRow,
  EventRow,
  ExerciseRow,
  FetchLogRow,
  ImportDraftRow,
  ImportJobRow,
  IncompleteTemplateRow,
  MediaRow,
  OutboxRow,
  RecordRow,
  SettingRow,
  TemplateRow,
} from './rows';

export const DATABASE_NAME = 'plates';

/**
 * The one IndexedDB database of Plates, owned by the worker. Every schema change is a
 * new `version(n)` with its upgrade; version 1 is the design's first set of tables.
 */
export class PlatesDatabase extends Dexie {
  events!: Table<EventRow, string>;
  exercises!: Table<ExerciseRow, string>;
  templates!: Table<TemplateRow, string>;
  records!: Table<RecordRow, string>;
  incompleteTemplates!: Table<IncompleteTemplateRow, [string, string]>;
  media!: Table<MediaRow, string>;
  cacheMeta!: Table<CacheMetaRow, string>;
  fetchLog!: Table<FetchLogRow, string>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  settings!: Table<SettingRow, string>;
  deletions!: Table<DeletionRow, [string, string]>;
  activeWorkout!: Table<ActiveWorkoutRow, string>;
  importJobs!: Table<ImportJobRow, string>;
  importDrafts!: Table<ImportDraftRow, [string, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      events: 'id, kind, pubkey, created_at, address, [kind+created_at]',
      tags: '[eventId+position], [name+value]',
      exercises: 'address, eventId, pubkey, titleLower, equipment, *muscles, *words',
      templates: 'address, eventId, pubkey, titleLower, complete',
      templateExercises: '[templateAddress+position], templateAddress, exerciseAddress',
      records: 'key, pubkey, start, templateAddress',
      incompleteTemplates: '[templateAddress+missingAddress], templateAddress, missingAddress',
      media: 'url, sha256, storedAt',
      cacheMeta: 'key, lastAccessed, priority',
      fetchLog: 'key, lastFetched',
      outbox: '++id, eventId, relay, status, [status+nextAttempt]',
      settings: 'key',
    });
    // Version 2, decided by `npm run bench` (BENCHMARKS.md): rows per event dominate IndexedDB
    // cost, so tags move from a row per tag (ingest measured at 354 events/s on disk) to a
    // multiEntry index on the event row, and template sets into the template row. Also
    // NIP-09 tombstones and the records read model (indexed by the exercises they include).
    this.version(2)
      .stores({
        // kind queries use the [kind+created_at] prefix; address is set only on replaceable events.
        events: 'id, [kind+created_at], pubkey, created_at, address, *tagKeys',
        tags: null,
        exercises: 'address, pubkey, titleLower, equipment, *muscles, *words',
        // A template's sets live in its row; a row per set (15–30 per template) made templates ingest at ~300/s.
        templates: 'address, pubkey, titleLower, complete, *exerciseAddresses',
        templateExercises: null,
        records: 'key, pubkey, start, templateAddress, *exerciseAddresses',
        deletions: '[target+pubkey], target',
      })
      .upgrade((tx) =>
        tx
          .table('events')
          .toCollection()
          .modify((row: EventRow) => {
            row.tagKeys = tagKeys(row.tags);
          }),
      );
    // Version 3: every index is one more B-tree write per row, measured at ~10% of new-event
    // ingest. Indexes no query uses alone become compound ones the queries do use.
    this.version(3).stores({
      events: 'id, [kind+created_at], [pubkey+kind], address, *tagKeys',
      records: 'key, [pubkey+start], templateAddress, *exerciseAddresses',
      // Keys marked stale while offline, refreshed in priority order when a relay connects.
      fetchLog: 'key, lastFetched, pendingPriority',
    });
    // Version 4: the workout in progress, saved on every change before anything is signed.
    this.version(4).stores({ activeWorkout: 'key' });
    // Version 5: the storage budget evicts by lowest priority, then least recently used
    // (cacheMeta), and media are found by size and age for eviction, not by hash.
    this.version(5)
      .stores({
        media: 'url, storedAt',
        cacheMeta: 'key, [priority+lastAccessed]',
      })
      .upgrade(async (tx) => {
        // Media stored before v5 are the photos bundled with the starter pack: kept (pinned) and counted.
        const media = await tx.table('media').toArray();
        await tx.table('cacheMeta').bulkPut(
          media.map((row: MediaRow) => ({
            key: `media:${row.url}`,
            lastAccessed: row.storedAt,
            accessCount: 0,
            priority: 2,
            pinned: 1,
            size: row.size,
          })),
        );
      });
    // Version 6: indexes no query reads any more, each a B-tree write per row on ingest.
    // Exercise search filters by words, equipment and muscles in memory (queries/exercise-search.ts);
    // a record's template is read from its row, never looked up by it.
    this.version(6).stores({
      exercises: 'address, pubkey, titleLower',
      records: 'key, [pubkey+start], *exerciseAddresses',
    });
    // Version 7: a Strong or Hevy import under way, its records waiting to be signed a chunk at a
    // time: a row per record, so that queuing a chunk deletes its rows rather than rewriting a
    // job of thousands of records.
    this.version(7).stores({ importJobs: 'id', importDrafts: '[jobId+position]' });
  }
}
