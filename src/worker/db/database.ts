import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  CacheMetaRow,
  EventRow,
  ExerciseRow,
  FetchLogRow,
  IncompleteTemplateRow,
  MediaRow,
  OutboxRow,
  RecordRow,
  SettingRow,
  TagRow,
  TemplateExerciseRow,
  TemplateRow,
} from './rows';

export const DATABASE_NAME = 'plates';

/**
 * The one IndexedDB database of Plates, owned by the worker. Every schema change is a
 * new `version(n)` with its upgrade; version 1 is the design's first set of tables.
 */
export class PlatesDatabase extends Dexie {
  events!: Table<EventRow, string>;
  tags!: Table<TagRow, [string, number]>;
  exercises!: Table<ExerciseRow, string>;
  templates!: Table<TemplateRow, string>;
  templateExercises!: Table<TemplateExerciseRow, [string, number]>;
  records!: Table<RecordRow, string>;
  incompleteTemplates!: Table<IncompleteTemplateRow, [string, string]>;
  media!: Table<MediaRow, string>;
  cacheMeta!: Table<CacheMetaRow, string>;
  fetchLog!: Table<FetchLogRow, string>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      events: 'id, kind, pubkey, created_at, address, [kind+created_at]',
      tags: '[eventId+position], [name+value]',
      exercises: 'address, eventId, pubkey, titleLower, equipment, *muscles, *words',
      templates: 'address, eventId, pubkey, titleLower, complete',
      templateExercises: '[templateAddress+position], templateAddress, exerciseAddress',
      records: 'id, pubkey, start, templateAddress',
      incompleteTemplates: '[templateAddress+missingAddress], templateAddress, missingAddress',
      media: 'url, sha256, storedAt',
      cacheMeta: 'key, lastAccessed, priority',
      fetchLog: 'key, lastFetched',
      outbox: '++id, eventId, relay, status, [status+nextAttempt]',
      settings: 'key',
    });
  }
}
