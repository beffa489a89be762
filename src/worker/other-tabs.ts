import type { Notifier, WorkerEvent, WorkerEventMap } from './events';

/** This worker's own events of stored data that the other tabs' pages must hear too. */
const SHARED: ReadonlySet<WorkerEvent['type']> = new Set(['events-ingested', 'outbox-changed', 'training-import-progress']);

type Told = 'active-workout-changed' | 'settings-changed';

export interface OtherTabs {
  /** Tells the other tabs of a change this tab's page made (and so already knows of). */
  tell<K extends Told>(type: K, payload: WorkerEventMap[K]): void;
  close(): void;
}

/**
 * Every tab runs a worker of its own over the same database. What one tab stores reaches
 * the other tabs' pages: events of stored data are posted on a BroadcastChannel, and what
 * the other tabs post is emitted to this tab's page as if it had happened here (after
 * `arrived` has updated what this worker holds in memory).
 */
export function followOtherTabs(databaseName: string, notifier: Notifier, arrived: (event: WorkerEvent) => void): OtherTabs {
  if (typeof BroadcastChannel === 'undefined') return { tell: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`plates-changes:${databaseName}`);
  // An event that came from another tab is not posted back to it.
  let relaying = false;
  const stopSharing = notifier.add((event) => {
    if (!relaying && SHARED.has(event.type)) channel.postMessage(event);
  });
  channel.onmessage = ({ data }: MessageEvent<WorkerEvent>) => {
    arrived(data);
    relaying = true;
    try {
      notifier.dispatch(data);
    } finally {
      relaying = false;
    }
  };
  return {
    tell: (type, payload) => channel.postMessage({ type, payload }),
    close() {
      stopSharing();
      channel.close();
    },
  };
}
