import type { RelayConnectionState } from './relay/relay-gateway';

/** Everything the worker pushes to the UI: event name → payload. */
export interface WorkerEventMap {
  'events-ingested': { source: string; stored: number; kinds: number[]; completedTemplates: string[] };
  'starter-pack-progress': { phase: 'loading' | 'ingesting' | 'media' | 'done'; done: number; total: number };
  'relay-status': Record<string, RelayConnectionState>;
  /** Outbox rows were queued, sent, refused or rescheduled: views showing the outbox re-read it. */
  'outbox-changed': Record<string, never>;
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
    const event = { type, payload } as WorkerEvent;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener whose page went away must not break the others.
      }
    }
  }
}
