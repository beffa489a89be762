import type { PlatesDatabase } from '../db/database';
import type { OutboxRow } from '../db/rows';
import type { RelayGateway } from './relay-gateway';

export interface PublisherOptions {
  /** How long one relay has to answer one EVENT. */
  timeoutMs: number;
  /** First retry delay for an unreachable relay; doubles per attempt up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_PUBLISHER_OPTIONS: PublisherOptions = { timeoutMs: 5_000, backoffMs: 2_000, maxBackoffMs: 5 * 60_000 };

export interface OutboxPublisher {
  /** Sends whatever is due now (and schedules the rest); resolves when this pass is done. */
  kick(): Promise<void>;
  /** Makes the pending rows of `relays` due now (they just connected) and sends them. */
  retryNow(relays: readonly string[]): Promise<void>;
  stop(): void;
}

/**
 * Sends the outbox: per relay, strictly in the order events were signed (a later event
 * never overtakes an earlier one that is still waiting), recording each relay's OK or
 * refusal. An unreachable relay is retried with exponential backoff; a refusal is final
 * until the person retries it.
 */
export function createOutboxPublisher(
  db: PlatesDatabase,
  relays: () => Promise<RelayGateway | undefined>,
  onChange: () => void,
  options: PublisherOptions = DEFAULT_PUBLISHER_OPTIONS,
): OutboxPublisher {
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function pass(): Promise<void> {
    const gateway = await relays();
    const pending = await db.outbox.where('[status+nextAttempt]').between(['pending', -Infinity], ['pending', Infinity]).toArray();
    if (!gateway || pending.length === 0) return;
    const byRelay = new Map<string, OutboxRow[]>();
    for (const row of pending.sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) byRelay.set(row.relay, [...(byRelay.get(row.relay) ?? []), row]);
    await Promise.all([...byRelay.values()].map((rows) => sendInOrder(gateway, rows)));
  }

  async function sendInOrder(gateway: RelayGateway, rows: OutboxRow[]): Promise<void> {
    for (const row of rows) {
      const { id } = row;
      if (stopped || id === undefined || row.nextAttempt > Date.now()) return;
      const outcome = await gateway.publishTo(row.relay, row.event, { timeoutMs: options.timeoutMs });
      const attempts = row.attempts + 1;
      if (outcome.status === 'accepted') {
        await db.outbox.update(id, { status: 'sent', attempts, sentAt: Date.now(), lastMessage: outcome.message });
      } else if (outcome.status === 'refused') {
        await db.outbox.update(id, { status: 'failed', attempts, lastMessage: outcome.message });
      } else {
        const delay = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (attempts - 1));
        await db.outbox.update(id, { attempts, nextAttempt: Date.now() + delay, lastMessage: outcome.message });
        onChange();
        return; // later events to this relay wait behind this one
      }
      onChange();
    }
  }

  async function scheduleNext(): Promise<void> {
    clearTimeout(timer);
    const next = await db.outbox.where('[status+nextAttempt]').between(['pending', -Infinity], ['pending', Infinity]).first();
    if (!next || stopped) return;
    timer = setTimeout(() => void kick(), Math.max(0, next.nextAttempt - Date.now()));
  }

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass().catch(() => undefined);
      } while (again && !stopped);
      // A pass that failed (the database went away) is retried by the next kick.
      await scheduleNext().catch(() => undefined);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    kick,
    async retryNow(relays) {
      const wanted = new Set(relays);
      await db.outbox
        .where('status')
        .equals('pending')
        .filter((row) => wanted.has(row.relay))
        .modify({ nextAttempt: Date.now() });
      await kick();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
