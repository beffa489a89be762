import type { AccessTracker } from './cache/access-tracker';
import type { ExerciseCache } from './cache/exercise-cache';
import type { PlatesDatabase } from './db/database';
import type { Notifier } from './events';
import type { Verifier } from './pipeline/verifier';
import type { OtherTabs } from './other-tabs';
import type { OutboxPublisher } from './relay/outbox-publisher';
import type { RelayGateway } from './relay/relay-gateway';
import type { Loader } from './repository/loader';
import type { MediaService } from './media/media-service';
import type { TrainingImportRunner } from './import/import-runner';
import type { Account } from './signer/account';
import type { StorageBudget } from './storage/storage-budget';

/** What every handler group shares: the database, the verifier, the notifier, the relays. */
export interface WorkerContext {
  db: PlatesDatabase;
  notifier: Notifier;
  verifier(): Promise<Verifier>;
  /** The relay gateway for the configured relays, created (and connecting) on first use; undefined when none are set. */
  relays(): Promise<RelayGateway | undefined>;
  /** The configured relays, read from the settings (no gateway needed). */
  relayUrls(): Promise<string[]>;
  setRelayUrls(urls: readonly string[]): Promise<void>;
  /** The other tabs' workers: told of changes their pages must follow, and heard from. */
  tabs: OtherTabs;
  /** Who signs: a local key, a NIP-07 extension through the page, or nobody (read-only). */
  account: Account;
  /** Database-first loads with freshness policies, and their metrics. */
  loader: Loader;
  /** Sends the outbox (only in the tab that leads sync). */
  publisher: OutboxPublisher;
  /** Tells the leading tab that rows were queued (it may be this one). */
  outboxQueued(): void;
  /** Queues a fetch of the exercises that templates wait for (debounced). */
  queueMissingExercises(): void;
  /** Resolves when no missing-exercise fetch is queued or running. */
  missingExercisesIdle(): Promise<void>;
  /** Photos and videos named by imeta tags, stored as blobs. */
  media: MediaService;
  /** Storage use against the budget; evicts other people's content when over. */
  storage: StorageBudget;
  /** Something was stored: the budget is checked after the burst. */
  storageGrew(): void;
  /** cacheMeta bookkeeping of reads, written in batches. */
  access: AccessTracker;
  /** Hot exercise rows in memory in front of Dexie. */
  exercises: ExerciseCache;
  /** A Strong or Hevy import's records, signed and queued in the background (resumed at start). */
  trainingImport: TrainingImportRunner;
  /** Stops the publisher, disconnects relays and closes the database (tests, shutdown). */
  close(): Promise<void>;
}
