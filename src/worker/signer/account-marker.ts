import type { SignerType } from './signer';

/**
 * A note, kept outside IndexedDB, that this device's database holds an account: if the
 * browser loses the database (re-creates it empty), the note says whose data it was.
 */
export interface AccountMarker {
  pubkey: string;
  type: SignerType;
  /** When this account was stored on this device (epoch ms). */
  storedAt: number;
  /** When the person confirmed a backup of a local key (epoch ms); imported keys count as backed up. */
  backedUpAt?: number;
}

/** Where the marker is kept. Failures are the caller's to swallow: the marker is a safety net, never a reason to fail. */
export interface MarkerStore {
  read(): Promise<AccountMarker | undefined>;
  write(marker: AccountMarker): Promise<void>;
  remove(): Promise<void>;
}

/**
 * The cache (Cache Storage) the marker lives in. Workbox's cleanupOutdatedCaches deletes only
 * caches whose name contains "-precache-", so this one is never removed by an update.
 */
export const MARKER_CACHE = 'plates-account-marker';

/** Cache Storage when the browser has it (workers and pages), else no marker at all (Node tests pass their own store). */
export function defaultMarkerStore(databaseName: string): MarkerStore {
  return typeof caches === 'undefined' ? noMarkerStore() : cacheMarkerStore(caches, databaseName);
}

/** One small JSON response per database name in the cache MARKER_CACHE; a put replaces it atomically. */
export function cacheMarkerStore(storage: CacheStorage, databaseName: string): MarkerStore {
  const key = `https://plates.invalid/account-marker/${encodeURIComponent(databaseName)}`;
  return {
    async read() {
      const response = await (await storage.open(MARKER_CACHE)).match(key);
      return response ? parseMarker(await response.json().catch(() => undefined)) : undefined;
    },
    async write(marker) {
      const body = JSON.stringify(marker);
      await (await storage.open(MARKER_CACHE)).put(key, new Response(body, { headers: { 'content-type': 'application/json' } }));
    },
    async remove() {
      await (await storage.open(MARKER_CACHE)).delete(key);
    },
  };
}

/** A marker kept in memory: unit tests stand in for the browser's Cache Storage with it. */
export function memoryMarkerStore(initial?: AccountMarker): MarkerStore & { current(): AccountMarker | undefined } {
  let value = initial;
  return {
    read: async () => value,
    write: async (marker) => {
      value = { ...marker };
    },
    remove: async () => {
      value = undefined;
    },
    current: () => value,
  };
}

function noMarkerStore(): MarkerStore {
  return { read: async () => undefined, write: async () => undefined, remove: async () => undefined };
}

export function parseMarker(value: unknown): AccountMarker | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { pubkey, type, storedAt, backedUpAt } = value as Record<string, unknown>;
  if (typeof pubkey !== 'string' || !/^[0-9a-f]{64}$/.test(pubkey)) return undefined;
  if (type !== 'local' && type !== 'extension' && type !== 'read-only') return undefined;
  if (typeof storedAt !== 'number') return undefined;
  return typeof backedUpAt === 'number' ? { pubkey, type, storedAt, backedUpAt } : { pubkey, type, storedAt };
}
