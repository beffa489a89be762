import type { MediaRef } from '../../domain/imeta';
import { mediaKey } from '../cache/cache-keys';
import type { PlatesDatabase } from '../db/database';
import type { CacheMetaRow, MediaRow } from '../db/rows';
import { writeWithRoom, type Room } from '../storage/quota';
import { downloadMedia, type DownloadOptions } from './download';
import { makeThumbnail } from './thumbnail';

export interface MediaUse {
  /** cacheMeta priority of the file (cache/cache-keys.ts PRIORITY). */
  priority: number;
  /** Kept through evictions (a template made available offline, the bundled starter photos). */
  pinned?: boolean;
  allowVideo?: boolean;
  /** The person asked: earlier failures do not hold this download back. */
  force?: boolean;
  /** Where to fetch from when it is not the url itself (the copy bundled with the app). */
  fetchUrl?: string;
  /** Only what is on the device, never a download: a list row (photos are fetched when their exercise is opened). */
  storedOnly?: boolean;
}

export type MediaOutcome =
  | { status: 'stored'; row: MediaRow }
  | { status: 'failed'; reason: string; retryAt: number }
  /** Not stored, and not fetched now: no network, or a use that only reads the device. */
  | { status: 'offline' };

export interface MediaService {
  /** The stored files among `urls`, without any network; a damaged row is dropped (and fetched again when asked). */
  stored(urls: readonly string[]): Promise<Map<string, MediaRow>>;
  /** The stored file, or when online (and the use allows): fetched, checked, thumbnailed and stored first. One download per url at a time. */
  ensure(ref: MediaRef, use: MediaUse): Promise<MediaOutcome>;
  /** A stored file that would not show is thrown away and, online, fetched again. */
  reportBroken(ref: MediaRef, use: MediaUse): Promise<MediaOutcome>;
}

export interface MediaServiceOptions {
  db: PlatesDatabase;
  online: () => boolean;
  room: Room;
  /** Told after each file stored, so views showing it re-read. */
  onStored: (url: string) => void;
  fetch?: typeof fetch;
  now?: () => number;
  limits?: Partial<Pick<DownloadOptions, 'maxBytes' | 'timeoutMs'>>;
}

export const MEDIA_LIMITS = { maxBytes: { image: 10 * 1024 * 1024, video: 100 * 1024 * 1024 }, timeoutMs: 30_000 };
const PARALLEL_DOWNLOADS = 3;
/** A refusal (not an image, too big, wrong hash) is asked again only a day later. */
const REFUSED_RETRY_MS = 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60 * 1000;

/** Media named by imeta tags, downloaded with every check of download.ts and stored as blobs in Dexie. */
export function createMediaService(options: MediaServiceOptions): MediaService {
  const { db } = options;
  const now = options.now ?? Date.now;
  const limits = { ...MEDIA_LIMITS, ...options.limits };
  const inFlight = new Map<string, Promise<MediaOutcome>>();
  const slots = semaphore(PARALLEL_DOWNLOADS);

  async function stored(urls: readonly string[]): Promise<Map<string, MediaRow>> {
    const rows = await db.media.bulkGet([...urls]);
    const found = new Map<string, MediaRow>();
    const damaged: string[] = [];
    rows.forEach((row, i) => {
      if (!row) return;
      // An interrupted write or a cleared blob store leaves a row whose blob is not the file.
      if (row.blob.size === row.size) found.set(row.url, row);
      else damaged.push(urls[i] as string);
    });
    if (damaged.length > 0) await forget(damaged);
    return found;
  }

  async function forget(urls: string[]): Promise<void> {
    await db.transaction('rw', db.media, db.cacheMeta, async () => {
      await db.media.bulkDelete(urls);
      await db.cacheMeta.bulkDelete(urls.map(mediaKey));
    });
  }

  async function download(ref: MediaRef, use: MediaUse): Promise<MediaOutcome> {
    const logKey = mediaKey(ref.url);
    const log = await db.fetchLog.get(logKey);
    if (!use.force && log?.retryAt && log.retryAt > now())
      return { status: 'failed', reason: log.error ?? 'failed earlier', retryAt: log.retryAt };
    const result = await slots(() =>
      downloadMedia(use.fetchUrl ?? ref.url, {
        maxBytes: limits.maxBytes,
        timeoutMs: limits.timeoutMs,
        allowVideo: use.allowVideo ?? false,
        ...(ref.sha256 ? { expectedSha256: ref.sha256 } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    );
    let failure = result.ok ? undefined : { reason: result.reason, permanent: result.permanent };
    let thumbnail: Blob | undefined;
    const blob = result.ok ? new Blob([result.value.bytes], { type: result.value.mime }) : undefined;
    if (result.ok && blob && result.value.kind === 'image') {
      const decoded = await makeThumbnail(blob);
      if (decoded.ok) thumbnail = decoded.thumbnail;
      else failure = { reason: decoded.reason, permanent: true };
    }
    if (!result.ok || !blob || failure) {
      const failures = (log?.failures ?? 0) + 1;
      const wait = failure?.permanent ? REFUSED_RETRY_MS : Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
      const retryAt = now() + wait;
      const reason = failure?.reason ?? 'download failed';
      await db.fetchLog.put({ key: logKey, lastFetched: log?.lastFetched ?? 0, resultCount: 0, error: reason, failures, retryAt });
      return { status: 'failed', reason, retryAt };
    }
    const row: MediaRow = {
      url: ref.url,
      blob,
      ...(thumbnail ? { thumbnail } : {}),
      mime: result.value.mime,
      size: result.value.bytes.byteLength,
      sha256: result.value.sha256,
      storedAt: now(),
    };
    const size = row.size + (thumbnail?.size ?? 0);
    await writeWithRoom(
      options.room,
      () => size,
      () =>
        db.transaction('rw', db.media, db.cacheMeta, db.fetchLog, async () => {
          const meta = await db.cacheMeta.get(logKey);
          const merged: CacheMetaRow = {
            key: logKey,
            lastAccessed: now(),
            accessCount: (meta?.accessCount ?? 0) + 1,
            priority: Math.max(meta?.priority ?? 0, use.priority),
            pinned: use.pinned || meta?.pinned ? 1 : 0,
            size,
          };
          await db.media.put(row);
          await db.cacheMeta.put(merged);
          await db.fetchLog.delete(logKey);
        }),
      false,
    );
    options.onStored(ref.url);
    return { status: 'stored', row };
  }

  async function ensure(ref: MediaRef, use: MediaUse): Promise<MediaOutcome> {
    const found = (await stored([ref.url])).get(ref.url);
    if (found) return { status: 'stored', row: found };
    if (use.storedOnly || (!options.online() && !use.fetchUrl)) return { status: 'offline' };
    const running = inFlight.get(ref.url);
    if (running) return running;
    const started = download(ref, use).finally(() => inFlight.delete(ref.url));
    inFlight.set(ref.url, started);
    return started;
  }

  return {
    stored,
    ensure,
    async reportBroken(ref, use) {
      await forget([ref.url]);
      return ensure(ref, { ...use, force: true });
    },
  };
}

/** Runs at most `size` tasks at once; the rest wait their turn. */
function semaphore(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
