import type { WeightUnit } from '../domain/units';
import type { TrainingImportProgress } from './handlers/training-import-types';
import type { RelayConnectionState } from './relay/relay-gateway';

/** Everything the worker pushes to the UI: event name → payload. */
export interface WorkerEventMap {
  'events-ingested': { source: string; stored: number; kinds: number[]; completedTemplates: string[] };
  'starter-pack-progress': { phase: 'loading' | 'ingesting' | 'media' | 'done'; done: number; total: number };
  'relay-status': Record<string, RelayConnectionState>;
  /** Outbox rows were queued, sent, refused or rescheduled: views showing the outbox re-read it. */
  'outbox-changed': Record<string, never>;
  /** A media file was stored: views showing it (or a placeholder for it) re-read. */
  'media-stored': { url: string };
  /** The storage budget removed other people's content to make room. */
  'storage-evicted': { mediaRemoved: number; eventsRemoved: number; freedBytes: number };
  /** A write of the person's own data did not fit on the device even after eviction, or writes fit again. */
  'storage-status': { full: true; message: string } | { full: false };
  /** Another tab started, changed, finished or discarded the workout in progress. */
  'active-workout-changed': Record<string, never>;
  /** Another tab changed these settings (only those present). */
  'settings-changed': { units?: WeightUnit; relayUrls?: string[] };
  /** A Strong or Hevy import went on (after each chunk of records queued), finished or stopped (in this tab or another). */
  'training-import-progress': TrainingImportProgress;
  /** How much of the file a Strong or Hevy preview has read (0 to 1), a few times a second; this tab only. */
  'training-file-progress': { share: number };
}

export type WorkerEvent = { [K in keyof WorkerEventMap]: { type: K; payload: WorkerEventMap[K] } }[keyof WorkerEventMap];

export type WorkerListener = (event: WorkerEvent) => void;

/** Fans worker events out to every subscribed UI listener. */
export class Notifier {
  private readonly listeners = new Set<WorkerListener>();

  add(listener: WorkerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<K extends keyof WorkerEventMap>(type: K, payload: WorkerEventMap[K]): void {
    this.dispatch({ type, payload } as WorkerEvent);
  }

  dispatch(event: WorkerEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener whose page went away must not break the others.
      }
    }
  }
}
