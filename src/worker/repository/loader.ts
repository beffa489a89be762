import type { NostrEvent } from '../../domain/nostr-event';
import type { PlatesDatabase } from '../db/database';
import type { FetchLogRow } from '../db/rows';
import type { IngestSummary } from '../pipeline/outcomes';
import type { RelayFilter, RelayGateway } from '../relay/relay-gateway';
import { combineFilters } from './combine-filters';
import { backoffDelay, DEFAULT_POLICY, PRIORITY_ORDER, type DataClass, type FreshnessPolicy, type RefreshPriority } from './freshness';
import { LoadMetrics, type LoadOutcome } from './load-metrics';
import { RelayHealth } from './relay-health';

/** One database-first query: where its answer lives locally and how relays are asked for it. */
export interface LoadRequest<T> {
  /** The fetch-log key: one per distinct question ("profile:<pubkey>"). */
  key: string;
  dataClass: DataClass;
  priority: RefreshPriority;
  filters: RelayFilter[];
  /** Relays to ask beyond the configured ones (an author's write relays, hints). */
  relays?: readonly string[];
  /** Ask only for events newer than the last answer (`since`), for growing sets like libraries. */
  incremental?: boolean;
  /** Keys whose fresh answer includes this one's (an author's fresh library covers each of its exercises). */
  coveredBy?: readonly string[];
  /** Reads the answer from the database; undefined when there is none. */
  read(): Promise<T | undefined>;
}

export interface LoadResult<T> {
  value: T | undefined;
  outcome: LoadOutcome;
}

export interface LoaderDeps {
  db: PlatesDatabase;
  relays(): Promise<RelayGateway | undefined>;
  ingest(events: NostrEvent[]): Promise<IngestSummary>;
  policy?: FreshnessPolicy;
  now?: () => number;
  /** Whether the device reports a network at all (navigator.onLine in the browser). */
  online?: () => boolean;
}

export interface Loader {
  load<T>(request: LoadRequest<T>): Promise<LoadResult<T>>;
  /**
   * Loads several keys at once: the stale ones are asked for in one request, their filters
   * folded together (one REQ naming every author instead of one per author).
   */
  loadBatch<T>(requests: ReadonlyArray<LoadRequest<T>>): Promise<Array<LoadResult<T>>>;
  /** Resolves when no refresh is running (tests and the benchmark wait on it). */
  idle(): Promise<void>;
  /** Refreshes the keys marked stale while no relay was connected, highest priority first; returns their keys in order. */
  refreshPending(): Promise<string[]>;
  readonly metrics: LoadMetrics;
  readonly health: RelayHealth;
}

type RefreshSpec = Pick<LoadRequest<unknown>, 'key' | 'dataClass' | 'priority' | 'filters' | 'relays' | 'incremental' | 'coveredBy'>;

/**
 * The database-first core: every load reads the database; a fresh answer returns at once,
 * a stale one follows its class's policy, and relays are asked only for what is missing
 * or stale. Concurrent loads of one key share one request; failed refreshes back off;
 * with no relay connected nothing waits and the key is refreshed when one connects.
 */
export function createLoader(deps: LoaderDeps): Loader {
  const policy = deps.policy ?? DEFAULT_POLICY;
  const now = deps.now ?? Date.now;
  const online = deps.online ?? (() => true);
  const metrics = new LoadMetrics();
  const health = new RelayHealth(now);
  const inflight = new Map<string, Promise<boolean>>();
  const { db } = deps;

  const load = async <T>(request: LoadRequest<T>): Promise<LoadResult<T>> => {
    const [result] = await loadBatch([request]);
    if (!result) throw new Error('a batch of one has one result');
    return result;
  };

  async function loadBatch<T>(requests: ReadonlyArray<LoadRequest<T>>): Promise<Array<LoadResult<T>>> {
    const started = performance.now();
    const logKeys = [...new Set(requests.flatMap((r) => [r.key, ...(r.coveredBy ?? [])]))];
    const [cached, logRows] = await Promise.all([Promise.all(requests.map((r) => r.read())), db.fetchLog.bulkGet(logKeys)]);
    const logs = new Map(logRows.flatMap((row) => (row ? [[row.key, row] as const] : [])));
    const results: Array<LoadResult<T> | undefined> = new Array(requests.length);
    const answer = (i: number, value: T | undefined, outcome: LoadOutcome) => {
      metrics.recordLoad(outcome, cached[i] === undefined, performance.now() - started);
      results[i] = { value, outcome };
    };

    const stale: Array<{ i: number; request: LoadRequest<T>; mayWait: boolean }> = [];
    requests.forEach((request, i) => {
      const fresh = [request.key, ...(request.coveredBy ?? [])].some((key) => isFresh(logs.get(key), request.dataClass));
      if (fresh) return answer(i, cached[i], 'hit');
      const mayWait = cached[i] === undefined || policy.classes[request.dataClass].whenStale === 'refresh-then-fallback';
      stale.push({ i, request, mayWait });
    });
    if (stale.length === 0) return results as Array<LoadResult<T>>;

    // One bound for the whole load: waiting for a connection and for the answer share it.
    const deadline = Date.now() + policy.maxWaitMs;
    const due = stale.filter(({ request }) => (logs.get(request.key)?.retryAt ?? 0) <= now());
    const gateway = due.length > 0 ? await reachableGateway(due.some((s) => s.mayWait) ? deadline : 0) : undefined;
    const refreshing = new Map<number, Promise<boolean>>();
    if (gateway) {
      const shared = refreshGroup(
        gateway,
        due.map((s) => s.request),
      );
      due.forEach(({ i }, n) => refreshing.set(i, shared[n] ?? Promise.resolve(false)));
    }
    await Promise.all(
      stale.map(async ({ i, request, mayWait }) => {
        const running = refreshing.get(i);
        if (!running) {
          await markPending(request, logs.get(request.key));
          return answer(i, cached[i], 'offline');
        }
        if (!mayWait) return answer(i, cached[i], 'stale-served');
        const answered = await within(running, deadline - Date.now());
        if (!answered) return answer(i, cached[i], 'fallback');
        answer(i, await request.read(), 'refreshed');
      }),
    );
    return results as Array<LoadResult<T>>;
  }

  /** A log answers for `dataClass` while younger than that class's freshness (the log's own class when it covers others). */
  function isFresh(log: FetchLogRow | undefined, dataClass: DataClass): boolean {
    if (!log || log.lastFetched <= 0) return false;
    const logClass = (log.request?.dataClass as DataClass | undefined) ?? dataClass;
    return now() - log.lastFetched < (policy.classes[logClass] ?? policy.classes[dataClass]).freshForMs;
  }

  /**
   * A gateway with a connected relay, or undefined: offline never waits. While relays are
   * still connecting (the app just started), waits for one until `deadline` at most.
   */
  async function reachableGateway(deadline: number): Promise<RelayGateway | undefined> {
    if (!online()) return undefined;
    const gateway = await deps.relays();
    if (!gateway) return undefined;
    const states = () => Object.values(gateway.connectionStates());
    if (states().includes('connected')) return gateway;
    const remaining = deadline - Date.now();
    if (remaining <= 0 || !states().includes('connecting')) return undefined;
    await gateway.connect(remaining);
    return states().includes('connected') ? gateway : undefined;
  }

  /**
   * Starts (or joins) the refresh of each spec: a key already being asked for, or covered
   * by a key being asked for (its author's library), shares that request; the rest go out
   * together in one.
   */
  function refreshGroup(gateway: RelayGateway, specs: readonly RefreshSpec[]): Array<Promise<boolean>> {
    const joined = (spec: RefreshSpec) => [spec.key, ...(spec.coveredBy ?? [])].map((key) => inflight.get(key)).find(Boolean);
    const fresh = specs.filter((spec) => !joined(spec));
    if (fresh.length > 0) {
      // A refresh that throws (the database refused a write) counts as a failed request, never as an unhandled rejection.
      const running = refresh(gateway, fresh)
        .catch(() => {
          metrics.recordFailure();
          return false;
        })
        .finally(() => fresh.forEach((spec) => inflight.delete(spec.key)));
      for (const spec of fresh) inflight.set(spec.key, running);
    }
    return specs.map((spec) => joined(spec) ?? Promise.resolve(false));
  }

  /** Asks the relays once for `specs` and records the answer (or the failure) in each one's fetch log; true when a relay answered. */
  async function refresh(gateway: RelayGateway, specs: readonly RefreshSpec[]): Promise<boolean> {
    const askedAt = now();
    const logs = await db.fetchLog.bulkGet(specs.map((spec) => spec.key));
    const filters = combineFilters(
      specs.flatMap((spec, i) => {
        // An incremental key asks only for what is newer than its last answer (a minute of overlap for clock skew).
        const last = logs[i]?.lastFetched;
        return spec.incremental && last ? spec.filters.map((filter) => ({ ...filter, since: Math.floor(last / 1000) - 60 })) : spec.filters;
      }),
    );
    const relays = [...new Set(specs.flatMap((spec) => spec.relays ?? []))];
    metrics.recordRequest();
    const result = await gateway.fetch(filters, { timeoutMs: policy.fetchTimeoutMs, relays, exclude: health.isolated() });
    const failed = result.answered.length === 0 && result.events.length === 0;
    // Events left out (the fetch cap, a relay over its budget): stored, but the key is not fresher
    // for it, or an incremental key would never ask for what was left out again.
    const partial = result.capped || Object.keys(result.overBudget ?? {}).length > 0;
    if (failed) metrics.recordFailure();
    else metrics.recordAnswer(Date.now());
    const summary = result.events.length > 0 ? await deps.ingest(result.events) : undefined;
    health.record(result.asked, result, summary, (relay) => gateway.isolate(relay));
    await db.fetchLog.bulkPut(
      specs.map((spec, i) => {
        const log = logs[i];
        const base = { key: spec.key, request: storedRequest(spec) };
        if (partial) return { ...log, ...base, lastFetched: log?.lastFetched ?? 0, resultCount: result.events.length };
        if (!failed) return { ...base, lastFetched: askedAt, resultCount: result.events.length };
        const failures = (log?.failures ?? 0) + 1;
        return {
          ...base,
          lastFetched: log?.lastFetched ?? 0,
          resultCount: log?.resultCount ?? 0,
          failures,
          retryAt: askedAt + backoffDelay(policy, failures),
          pendingPriority: PRIORITY_ORDER[spec.priority],
          error: 'no relay answered',
        };
      }),
    );
    return !failed;
  }

  async function markPending(spec: RefreshSpec, log: FetchLogRow | undefined): Promise<void> {
    const priority = PRIORITY_ORDER[spec.priority];
    if (log?.pendingPriority !== undefined && log.pendingPriority <= priority) return;
    await db.fetchLog.put({
      lastFetched: 0,
      resultCount: 0,
      ...log,
      key: spec.key,
      pendingPriority: priority,
      request: storedRequest(spec),
    });
  }

  async function refreshPending(): Promise<string[]> {
    const gateway = await reachableGateway(0);
    if (!gateway) return [];
    const rows = await db.fetchLog.where('pendingPriority').aboveOrEqual(0).sortBy('pendingPriority');
    const refreshed: string[] = [];
    for (const row of rows) {
      if (!row.request) continue;
      const { dataClass, filters, relays, incremental } = row.request;
      const priority = (Object.keys(PRIORITY_ORDER) as RefreshPriority[]).find((p) => PRIORITY_ORDER[p] === row.pendingPriority) ?? 'feed';
      const spec = { key: row.key, dataClass: dataClass as DataClass, priority, filters: filters as RelayFilter[], relays, incremental };
      const [ok] = refreshGroup(gateway, [spec]);
      if (await ok) refreshed.push(row.key);
    }
    return refreshed;
  }

  return {
    load,
    loadBatch,
    refreshPending,
    idle: async () => {
      while (inflight.size > 0) await Promise.all(inflight.values());
    },
    metrics,
    health,
  };
}

function storedRequest(spec: RefreshSpec) {
  return { dataClass: spec.dataClass, filters: spec.filters, relays: [...(spec.relays ?? [])], incremental: spec.incremental ?? false };
}

/** Resolves with the promise's value, or false when `ms` passes first (the promise goes on). */
function within(promise: Promise<boolean>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
