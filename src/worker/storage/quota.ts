import { WorkerFailure } from '../errors';

/** IndexedDB's "no room" in any of its wrappings (DOMException, Dexie's error with `inner`). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner;
  }
  return false;
}

export const STORAGE_FULL = 'storage-full';

const STORAGE_FULL_MESSAGE =
  'This device is out of storage space, and Plates could not free enough by removing other people’s content. Free some space (Settings → Storage shows what Plates uses) and try again.';

/** What a write that may hit the quota needs from the storage budget. */
export interface Room {
  /** Frees at least `bytes` of what may be evicted; answers how many bytes it freed. */
  makeRoom(bytes: number): Promise<number>;
  /** A write did not fit even after eviction (`message` to show), or a write fits again. */
  reportFull(full: boolean, message?: string): void;
}

/**
 * Runs a write; if the device is out of space (`bytesNeeded` is asked only then, so the
 * common path pays nothing for the estimate), evicts other people's content and tries
 * once more. If it still does not fit, the caller gets a `storage-full` failure, and for
 * the person's own data (`ownData`) the person is told: a write is never dropped silently.
 */
export async function writeWithRoom<T>(room: Room, bytesNeeded: () => number, write: () => Promise<T>, ownData = true): Promise<T> {
  const report = (full: boolean, message?: string) => ownData && room.reportFull(full, message);
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await write();
      report(false);
      return result;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      if (attempt === 2) {
        report(true, STORAGE_FULL_MESSAGE);
        throw new WorkerFailure(STORAGE_FULL, STORAGE_FULL_MESSAGE);
      }
    }
    // Room for this write and some after it, so the next write does not hit the wall at once.
    const bytes = bytesNeeded();
    await room.makeRoom(Math.max(Number.isFinite(bytes) ? bytes * 2 : 0, 5 * 1024 * 1024));
  }
}
