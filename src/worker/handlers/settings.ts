import Dexie from 'dexie';
import type { NostrEvent } from '../../domain/nostr-event';
import type { WeightUnit } from '../../domain/units';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { ingestAndNotify } from '../ingest-and-notify';
import type { IngestOutcome, IngestSummary } from '../pipeline/outcomes';
import { ownPubkey } from '../queries/own-pubkey';
import { UNITS_KEY, weightUnitOf } from '../queries/weight-unit';

export interface Preferences {
  units: WeightUnit;
}

type Rejection = Extract<IngestOutcome, { status: 'rejected' }>;

/**
 * What the page is told of an import: the counts and, as `outcomes`, only the first refusals
 * with their reasons. Every event's outcome of a 10,000-event file took 60–90 ms to copy into
 * the main thread (issue 6: no main-thread task over 50 ms).
 */
export interface ImportSummary extends Pick<IngestSummary, 'stored' | 'replaced' | 'duplicates' | 'superseded' | 'rejected' | 'deleted'> {
  outcomes: Rejection[];
}

const REJECTIONS_REPORTED = 20;

export interface SettingsHandlers {
  getPreferences(args?: Record<string, never>): Promise<Preferences>;
  setUnits(args: { units: WeightUnit }): Promise<Preferences>;
  /** Every event of the signed-in person, as a JSON array of NIP-01 events (a backup to import back). */
  exportOwnEvents(args?: Record<string, never>): Promise<{ filename: string; json: string; count: number }>;
  /**
   * Imports a file of events (JSON array, `{ events }` or one event per line); each goes through the pipeline.
   * The page hands over the file itself: its text is decoded here, off the main thread (10 MB take ~100 ms).
   */
  importEventsFile(args: { file: Blob }): Promise<ImportSummary>;
}

export function settingsHandlers(ctx: WorkerContext): SettingsHandlers {
  const { db } = ctx;
  const preferences = async (): Promise<Preferences> => ({ units: await weightUnitOf(db) });

  return {
    getPreferences: preferences,

    async setUnits({ units }) {
      if (units !== 'kg' && units !== 'lb') throw new WorkerFailure('invalid-units', `units must be kg or lb, not '${String(units)}'`);
      await db.settings.put({ key: UNITS_KEY, value: units });
      ctx.tabs.tell('settings-changed', { units });
      return preferences();
    },

    async exportOwnEvents() {
      const me = await ownPubkey(ctx);
      if (!me) throw new WorkerFailure('signed-out', 'Sign in first: the export holds the events you signed.');
      const rows = await db.events.where('[pubkey+kind]').between([me, Dexie.minKey], [me, Dexie.maxKey]).toArray();
      const events: NostrEvent[] = rows
        .map(({ id, pubkey, created_at, kind, tags, content, sig }) => ({ id, pubkey, created_at, kind, tags, content, sig }))
        .sort((a, b) => a.created_at - b.created_at);
      const date = new Date().toISOString().slice(0, 10);
      return { filename: `plates-${me.slice(0, 8)}-${date}.json`, json: JSON.stringify(events, null, 1), count: events.length };
    },

    async importEventsFile({ file }) {
      const summary = await ingestAndNotify(ctx, readEventsFile(await file.text()), 'import');
      const { stored, replaced, duplicates, superseded, rejected, deleted, outcomes } = summary;
      const refusals = outcomes.filter((outcome): outcome is Rejection => outcome.status === 'rejected').slice(0, REJECTIONS_REPORTED);
      return { stored, replaced, duplicates, superseded, rejected, deleted, outcomes: refusals };
    },
  };
}

/** A JSON array, `{ "events": [...] }`, or newline-delimited JSON; a line that is not JSON is refused by number. */
function readEventsFile(text: string): unknown[] {
  const trimmed = text.trim();
  if (!trimmed) throw new WorkerFailure('invalid-file', 'The file is empty.');
  if (trimmed.startsWith('[') || trimmed.startsWith('{"events"')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (Array.isArray(value)) return value;
      if (typeof value === 'object' && value !== null && 'events' in value && Array.isArray(value.events)) return value.events as unknown[];
    } catch (error) {
      throw new WorkerFailure('invalid-file', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return trimmed.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch {
      throw new WorkerFailure('invalid-file', `Line ${i + 1} is not a JSON event.`);
    }
  });
}
