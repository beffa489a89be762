import type { PlatesDatabase } from './db/database';
import type { Notifier } from './events';
import type { Verifier } from './pipeline/verifier';
import type { RelayGateway } from './relay/relay-gateway';

/** What every handler group shares: the database, the verifier, the notifier, the relays. */
export interface WorkerContext {
  db: PlatesDatabase;
  notifier: Notifier;
  verifier(): Promise<Verifier>;
  /** The relay gateway for the configured relays, created on first use; undefined when none are set. */
  relays(): Promise<RelayGateway | undefined>;
  setRelayUrls(urls: readonly string[]): Promise<void>;
  /** Queues a fetch of the exercises that templates wait for (debounced). */
  queueMissingExercises(): void;
  /** Resolves when no missing-exercise fetch is queued or running. */
  missingExercisesIdle(): Promise<void>;
}
