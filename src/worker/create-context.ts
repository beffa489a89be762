import { createAccessTracker } from './cache/access-tracker';
import { createExerciseCache } from './cache/exercise-cache';
import type { WorkerContext } from './context';
import { PlatesDatabase } from './db/database';
import { Notifier } from './events';
import { createTrainingImportRunner } from './import/import-runner';
import { ingestAndNotify } from './ingest-and-notify';
import { forgetStoredIds } from './pipeline/known-stored';
import { createVerifierPool } from './pipeline/verifier-pool';
import { loadVerifier, type Verifier } from './pipeline/verifier';
import { DEFAULT_RELAYS } from './relay/default-relays';
import { acquireSyncLeadership, outboxChannel } from './relay/leadership';
import { createOutboxPublisher, DEFAULT_PUBLISHER_OPTIONS, type PublisherOptions } from './relay/outbox-publisher';
import type { RelayConnectionState, RelayGateway } from './relay/relay-gateway';
import type { FreshnessPolicy } from './repository/freshness';
import { createLoader } from './repository/loader';
import { createMissingScheduler } from './repository/missing-scheduler';
import { createMediaService } from './media/media-service';
import { ownPubkey } from './queries/own-pubkey';
import { followOtherTabs } from './other-tabs';
import { createAccount } from './signer/account';
import { watchBudget } from './storage/budget-watch';
import { createStorageBudget, type StorageEstimateLike } from './storage/storage-budget';

const RELAYS_KEY = 'relayUrls';
const CONNECT_TIMEOUT_MS = 5_000;

export interface ContextOptions {
  databaseName?: string;
  /** How a gateway is made for a set of relays; NDK by default, loaded only when first needed. */
  createGateway?: (urls: readonly string[]) => Promise<RelayGateway>;
  policy?: FreshnessPolicy;
  publisher?: PublisherOptions;
  /** The loader's clock (the benchmark simulates a week with it). */
  now?: () => number;
  /** NIP-49 scrypt cost for new local keys (tests use a small one). */
  keyCostLogN?: number;
  /** How much storage is used and available; the browser's estimate by default. */
  estimateStorage?: () => Promise<StorageEstimateLike | undefined>;
  /** How media are fetched (tests count requests). */
  fetch?: typeof fetch;
  /** Whether the device has a network; navigator.onLine by default. */
  online?: () => boolean;
}

export function createWorkerContext(options: ContextOptions = {}): WorkerContext {
  const db = new PlatesDatabase(options.databaseName);
  const notifier = new Notifier();
  const createGateway =
    options.createGateway ?? (async (urls: readonly string[]) => new (await import('./relay/ndk-gateway')).NdkGateway(urls));
  let gateway: Promise<RelayGateway | undefined> | undefined;
  let verifier: Promise<Verifier> | undefined;
  const leading = acquireSyncLeadership(db.name);

  async function relayUrls(): Promise<string[]> {
    const stored = (await db.settings.get(RELAYS_KEY))?.value;
    return Array.isArray(stored) ? stored.map(String) : [...DEFAULT_RELAYS];
  }

  /** A new gateway starts connecting at once and reports every connection change. */
  async function openGateway(): Promise<RelayGateway | undefined> {
    const urls = await relayUrls();
    if (urls.length === 0) return undefined;
    const opened = await createGateway(urls);
    opened.onStatusChange((states) => relayStatusChanged(states));
    void opened.connect(CONNECT_TIMEOUT_MS).then(() => relayStatusChanged(opened.connectionStates()));
    return opened;
  }

  let connected = new Set<string>();

  /**
   * A relay came (back): refresh what went stale offline, then send what waits for that
   * relay. Only a relay that has just connected counts: another relay going up and down
   * must not reset the backoff of rows waiting for this one.
   */
  function relayStatusChanged(states: Record<string, RelayConnectionState>): void {
    notifier.emit('relay-status', states);
    const now = new Set(Object.keys(states).filter((url) => states[url] === 'connected'));
    const arrived = [...now].filter((url) => !connected.has(url));
    connected = now;
    if (arrived.length === 0) return;
    void leading
      .then(async () => {
        await context.loader.refreshPending();
        await context.publisher.retryNow(arrived);
      })
      // Each key and outbox row keeps its state; the next connection tries again.
      .catch((error: unknown) => console.warn(`refresh after reconnect failed: ${String(error)}`));
  }

  const relays = () => (gateway ??= openGateway());

  /** The relay list changed (here or in another tab): the next need opens the new relays. */
  async function dropGateway(): Promise<void> {
    const previous = gateway;
    gateway = undefined;
    await (await previous)?.close();
  }

  const trainingImport = createTrainingImportRunner(() => context);
  const tabs = followOtherTabs(db.name, notifier, (event) => {
    if (event.type === 'settings-changed' && event.payload.relayUrls) void dropGateway();
    if (event.type === 'training-import-progress') trainingImport.heard(event.payload);
  });
  const publisher = createOutboxPublisher(
    db,
    relays,
    () => notifier.emit('outbox-changed', {}),
    options.publisher ?? DEFAULT_PUBLISHER_OPTIONS,
  );
  const channel = outboxChannel(db.name, () => void leading.then(() => publisher.kick()));
  const missing = createMissingScheduler(() => context);
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const exercises = createExerciseCache(db);
  const storage = createStorageBudget({
    db,
    estimate: options.estimateStorage ?? browserEstimate,
    ownPubkey: () => ownPubkey(context),
    onEvicted(report) {
      // Evicted events must be stored again when they arrive again.
      forgetStoredIds(db, report.eventIds);
      notifier.emit('storage-evicted', {
        mediaRemoved: report.mediaRemoved,
        eventsRemoved: report.eventsRemoved,
        freedBytes: report.freedBytes,
      });
    },
    onFullChange: (full, message) => notifier.emit('storage-status', full ? { full, message: message ?? '' } : { full }),
  });
  const budgetWatch = watchBudget(() => storage.check());
  const context: WorkerContext = {
    db,
    notifier,
    verifier() {
      verifier ??= loadVerifier().then((local) => (canSpawnWorkers() ? createVerifierPool(local, verifyThreads()) : local));
      return verifier;
    },
    relays,
    relayUrls,
    account: createAccount(db, options.keyCostLogN === undefined ? {} : { logn: options.keyCostLogN }),
    async setRelayUrls(urls) {
      await db.settings.put({ key: RELAYS_KEY, value: [...urls] });
      tabs.tell('settings-changed', { relayUrls: [...urls] });
      await dropGateway();
    },
    tabs,
    loader: createLoader({
      db,
      relays,
      ingest: (events) => ingestAndNotify(context, events, 'relay'),
      policy: options.policy,
      now: options.now,
      online,
    }),
    media: createMediaService({
      db,
      online,
      room: storage,
      onStored(url) {
        notifier.emit('media-stored', { url });
        budgetWatch.grew();
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
    storage,
    storageGrew: () => budgetWatch.grew(),
    access: createAccessTracker(db),
    exercises,
    trainingImport,
    publisher,
    outboxQueued() {
      channel.post();
      void leading.then(() => publisher.kick());
    },
    queueMissingExercises: () => missing.schedule(),
    missingExercisesIdle: () => missing.idle(),
    async close() {
      await trainingImport.stop();
      publisher.stop();
      budgetWatch.stop();
      await context.access.flush();
      missing.cancel();
      await missing.idle();
      channel.close();
      tabs.close();
      const open = gateway;
      gateway = undefined;
      await (await open)?.close();
      db.close();
    },
  };
  return context;
}

function browserEstimate(): Promise<StorageEstimateLike | undefined> {
  return typeof navigator === 'undefined' || !navigator.storage?.estimate ? Promise.resolve(undefined) : navigator.storage.estimate();
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
