import type { WorkerContext } from './context';
import { PlatesDatabase } from './db/database';
import { Notifier } from './events';
import { createVerifierPool } from './pipeline/verifier-pool';
import { loadVerifier, type Verifier } from './pipeline/verifier';
import { DEFAULT_RELAYS } from './relay/default-relays';
import type { RelayGateway } from './relay/relay-gateway';
import { createMissingScheduler } from './repository/missing-scheduler';

const RELAYS_KEY = 'relayUrls';

export interface ContextOptions {
  databaseName?: string;
  /** How a gateway is made for a set of relays; NDK by default, loaded only when first needed. */
  createGateway?: (urls: readonly string[]) => Promise<RelayGateway>;
}

export function createWorkerContext(options: ContextOptions = {}): WorkerContext {
  const db = new PlatesDatabase(options.databaseName);
  const notifier = new Notifier();
  const createGateway =
    options.createGateway ?? (async (urls: readonly string[]) => new (await import('./relay/ndk-gateway')).NdkGateway(urls));
  let gateway: Promise<RelayGateway | undefined> | undefined;
  let verifier: Promise<Verifier> | undefined;

  async function relayUrls(): Promise<string[]> {
    const stored = (await db.settings.get(RELAYS_KEY))?.value;
    return Array.isArray(stored) ? stored.map(String) : [...DEFAULT_RELAYS];
  }

  const missing = createMissingScheduler(() => context);
  const context: WorkerContext = {
    db,
    notifier,
    verifier() {
      verifier ??= loadVerifier().then((local) => (canSpawnWorkers() ? createVerifierPool(local, verifyThreads()) : local));
      return verifier;
    },
    relays() {
      gateway ??= relayUrls().then((urls) => (urls.length > 0 ? createGateway(urls) : undefined));
      return gateway;
    },
    async setRelayUrls(urls) {
      await db.settings.put({ key: RELAYS_KEY, value: [...urls] });
      const previous = gateway;
      gateway = undefined;
      await (await previous)?.close();
    },
    queueMissingExercises: () => missing.schedule(),
    missingExercisesIdle: () => missing.idle(),
  };
  return context;
}

/** Helper threads exist in browsers (a worker may start workers); Node tests verify in-thread. */
function canSpawnWorkers(): boolean {
  return typeof Worker !== 'undefined' && typeof navigator !== 'undefined';
}

/**
 * One verifying thread per core but one: IndexedDB's own work (serialising in this thread,
 * writing in the browser) needs a core too. Measured on 2 cores: two verifying threads
 * starve the writes and ingest no faster than one.
 */
function verifyThreads(): number {
  return Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
}
