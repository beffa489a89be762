import { WorkerFailure } from '../errors';
import type { PlatesDatabase } from '../db/database';
import { evict, type EvictionReport } from './eviction';
import type { Room } from './quota';
import { readProtectedSet } from './protected-set';

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface StorageBudgetState {
  usage?: number;
  quota?: number;
  /** Above this, other people's content is evicted. */
  budget: number;
  /** Media may take at most this much of the budget. */
  mediaBudget: number;
  media: { count: number; bytes: number; pinned: number };
  /** The last write of the person's own data did not fit. */
  full: boolean;
  lastEviction?: EvictionReport & { at: number };
}

export interface StorageBudget extends Room {
  /** Compares usage with the budget and evicts down below it when over; one run at a time. */
  check(): Promise<EvictionReport | undefined>;
  state(): Promise<StorageBudgetState>;
  setBudget(bytes: number): Promise<StorageBudgetState>;
}

export interface StorageBudgetOptions {
  db: PlatesDatabase;
  estimate: () => Promise<StorageEstimateLike | undefined>;
  ownPubkey: () => Promise<string | undefined>;
  /** After every eviction (the pipeline forgets the ids, caches drop rows, the UI re-reads). */
  onEvicted: (report: EvictionReport) => void;
  /** A write of the person's did not fit (message), or writes fit again. */
  onFullChange: (full: boolean, message?: string) => void;
  now?: () => number;
}

export const BUDGET_KEY = 'storageBudgetBytes';
/** Decimal megabytes, as browsers and phones report storage. */
const MB = 1_000_000;
export const DEFAULT_BUDGET = 500 * MB;
export const BUDGET_CHOICES = [100, 250, 500, 1000, 2000].map((mb) => mb * MB);
const MEDIA_SHARE = 0.5;
/** Evicting down to 90% of the budget leaves room, so the next write does not evict again at once. */
const HEADROOM = 0.9;

export function createStorageBudget(options: StorageBudgetOptions): StorageBudget {
  const { db } = options;
  const now = options.now ?? Date.now;
  let running: Promise<EvictionReport | undefined> | undefined;
  let lastEviction: (EvictionReport & { at: number }) | undefined;
  let full = false;

  async function budget(): Promise<number> {
    const value = (await db.settings.get(BUDGET_KEY))?.value;
    return typeof value === 'number' && value > 0 ? value : DEFAULT_BUDGET;
  }

  async function mediaTotals(): Promise<StorageBudgetState['media']> {
    const totals = { count: 0, bytes: 0, pinned: 0 };
    await db.cacheMeta
      .where('key')
      .startsWith('media:')
      .each((row) => {
        totals.count++;
        totals.bytes += row.size ?? 0;
        if (row.pinned) totals.pinned++;
      });
    return totals;
  }

  async function run(bytes: number): Promise<EvictionReport> {
    const report = await evict(db, bytes, await readProtectedSet(db, await options.ownPubkey()));
    if (report.mediaRemoved + report.eventsRemoved > 0) {
      lastEviction = { ...report, at: now() };
      options.onEvicted(report);
    }
    return report;
  }

  async function check(): Promise<EvictionReport | undefined> {
    const limit = await budget();
    const [estimate, media] = await Promise.all([options.estimate().catch(() => undefined), mediaTotals()]);
    const overall = (estimate?.usage ?? 0) - limit * HEADROOM;
    const overMedia = media.bytes - limit * MEDIA_SHARE * HEADROOM;
    const usageOver = (estimate?.usage ?? 0) > limit;
    const mediaOver = media.bytes > limit * MEDIA_SHARE;
    if (!usageOver && !mediaOver) return undefined;
    return run(Math.max(usageOver ? overall : 0, mediaOver ? overMedia : 0));
  }

  /** One eviction at a time: a second caller waits for the first and then checks again. */
  function serial<T extends EvictionReport | undefined>(task: () => Promise<T>): Promise<T> {
    const previous = running ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then(task);
    running = next;
    void next.finally(() => {
      if (running === next) running = undefined;
    });
    return next;
  }

  async function state(): Promise<StorageBudgetState> {
    const [limit, estimate, media] = await Promise.all([budget(), options.estimate().catch(() => undefined), mediaTotals()]);
    return {
      ...(estimate?.usage === undefined ? {} : { usage: estimate.usage }),
      ...(estimate?.quota === undefined ? {} : { quota: estimate.quota }),
      budget: limit,
      mediaBudget: Math.round(limit * MEDIA_SHARE),
      media,
      full,
      ...(lastEviction ? { lastEviction } : {}),
    };
  }

  return {
    check: () => serial(check),
    async makeRoom(bytes) {
      return (await serial(() => run(bytes))).freedBytes;
    },
    reportFull(nowFull, message) {
      if (nowFull === full) return;
      full = nowFull;
      options.onFullChange(full, message);
    },
    state,
    async setBudget(bytes) {
      if (!BUDGET_CHOICES.includes(bytes))
        throw new WorkerFailure(
          'invalid-budget',
          `The storage budget must be one of ${BUDGET_CHOICES.map((b) => `${b / MB} MB`).join(', ')}.`,
        );
      await db.settings.put({ key: BUDGET_KEY, value: bytes });
      await serial(check);
      return state();
    },
  };
}
