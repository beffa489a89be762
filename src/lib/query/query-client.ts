import { createStore, type StoreApi } from 'zustand/vanilla';
import { asWorkerError } from '../worker-client';
import type { WorkerError } from '../../worker/api';

/**
 * The main thread's one cache of what the views read from the worker. A query is a name and
 * a read; its params make the key ("template:{"address":"…"}"). Each key has its own entry,
 * so an answer can only ever land on the key it was asked for; one read per key is in
 * flight at a time, and a read asked for while one runs is folded into one more run after
 * it. Entries live in a zustand store the views subscribe to (useQuery).
 */

/** Errors of every query in one shape: the worker's { type, message }. */
export type QueryError = WorkerError;

export interface QueryState<T> {
  data?: T;
  error?: QueryError;
  /** Nothing answered yet for this key: the view shows its loading state. */
  loading: boolean;
  /** A read of this key is under way (the first one or a re-read). */
  fetching: boolean;
  /** The client's clock when this key last got an answer (data or error); see `QueryClient.time`. */
  answeredAt?: number;
}

export interface Query<P, T> {
  readonly name: string;
  key(params: P): string;
  /** Reads the whole value; `current` is what the key holds now (a paged list re-reads as many as it shows). */
  read(params: P, current: T | undefined): Promise<T>;
}

export function defineQuery<P, T>(name: string, read: (params: P) => Promise<T>): Query<P, T> {
  return { name, key: (params) => queryKey(name, params), read: (params) => read(params) };
}

/** `name:params` with the params' keys sorted, so { a, b } and { b, a } are one key. */
export function queryKey(name: string, params: unknown): string {
  return `${name}:${JSON.stringify(params, (_key, value: unknown) => (isPlainObject(value) ? sortKeys(value) : value))}`;
}

export interface QueriesState {
  entries: Record<string, QueryState<unknown> | undefined>;
}

interface KeyRecord {
  query: Query<unknown, unknown>;
  params: unknown;
  observers: number;
  running?: Promise<void>;
  again: boolean;
  /** Bumped by each whole read, so a page asked for before it is not appended to the new list. */
  generation: number;
  lastUsed: number;
}

const LOADING: QueryState<never> = Object.freeze({ loading: true, fetching: false });

/** How many entries nobody watches are kept for an instant answer when a screen comes back. */
const UNWATCHED_KEPT = 150;

export class QueryClient {
  readonly store: StoreApi<QueriesState> = createStore<QueriesState>(() => ({ entries: {} }));
  private readonly records = new Map<string, KeyRecord>();
  private clock = 0;

  /** A counter that every answer and every use moves on: an answer with `answeredAt` above a time came after it. */
  get time(): number {
    return this.clock;
  }

  /** The entry of a key as the views see it (a key never read reads as loading). */
  get<P, T>(query: Query<P, T>, params: P): QueryState<T> {
    return (this.store.getState().entries[query.key(params)] as QueryState<T> | undefined) ?? LOADING;
  }

  /**
   * A view shows this key: the first view to show it reads it, unless a read is under way
   * already (a cached answer stays on screen meanwhile), and it is re-read whenever it is
   * invalidated while shown. Returns the unwatch.
   */
  watch<P, T>(query: Query<P, T>, params: P): () => void {
    const record = this.record(query, params);
    if (record.observers++ === 0 && !record.running) void this.fetch(query, params);
    return () => {
      record.observers--;
      record.lastUsed = ++this.clock;
      this.forgetUnwatched();
    };
  }

  /** Reads the key now; a call while a read runs is answered by one more read after it. */
  fetch<P, T>(query: Query<P, T>, params: P): Promise<void> {
    const key = query.key(params);
    const record = this.record(query, params);
    if (record.running) {
      record.again = true;
      return record.running;
    }
    record.running = (async () => {
      try {
        do {
          record.again = false;
          record.generation++;
          await this.readOnce(key, record);
        } while (record.again);
      } finally {
        record.running = undefined;
        this.patch(key, { fetching: false });
        if (record.observers === 0) this.forgetUnwatched();
      }
    })();
    return record.running;
  }

  /**
   * The named queries' data changed: their shown keys are read again at once; the others
   * keep their last answer until a view shows them next, which reads them anyway.
   */
  invalidate(names: ReadonlySet<string>): void {
    for (const record of this.records.values()) {
      if (names.has(record.query.name) && record.observers > 0) void this.fetch(record.query, record.params);
    }
  }

  /** Puts a value the app already holds (an action's answer) in the cache, as if read. */
  set<P, T>(query: Query<P, T>, params: P, data: T): void {
    const record = this.record(query, params);
    record.generation++;
    this.patch(query.key(params), { data, error: undefined, loading: false, answeredAt: ++this.clock });
  }

  /**
   * Adds what `readMore` finds after the key's current value (the next page of a list). It is
   * dropped when the key was re-read meanwhile: the new whole list already decides what shows.
   */
  async extend<P, T>(query: Query<P, T>, params: P, readMore: (current: T) => Promise<T>): Promise<void> {
    const key = query.key(params);
    const record = this.record(query, params);
    const current = this.get(query, params).data;
    if (current === undefined || record.running) return;
    const generation = record.generation;
    this.patch(key, { fetching: true });
    try {
      const next = await readMore(current);
      if (record.generation === generation) this.patch(key, { data: next, error: undefined, answeredAt: ++this.clock });
    } catch (error) {
      this.patch(key, { error: asWorkerError(error), answeredAt: ++this.clock });
    } finally {
      if (!record.running) this.patch(key, { fetching: false });
    }
  }

  private async readOnce(key: string, record: KeyRecord): Promise<void> {
    const generation = record.generation;
    const before = this.store.getState().entries[key];
    // Asked before the views hear of it: the request is on its way while they render.
    const reading = readNow(() => record.query.read(record.params, before?.data));
    this.patch(key, { fetching: true, loading: before?.data === undefined && before?.error === undefined });
    try {
      const data = await reading;
      if (record.generation === generation) this.patch(key, { data, error: undefined, loading: false, answeredAt: ++this.clock });
    } catch (error) {
      // What was shown stays shown, with the reason the re-read failed.
      if (record.generation === generation) this.patch(key, { error: asWorkerError(error), loading: false, answeredAt: ++this.clock });
    }
  }

  private record<P, T>(query: Query<P, T>, params: P): KeyRecord {
    const key = query.key(params);
    let record = this.records.get(key);
    if (!record) {
      record = { query: query as Query<unknown, unknown>, params, observers: 0, again: false, generation: 0, lastUsed: ++this.clock };
      this.records.set(key, record);
    }
    return record;
  }

  private patch(key: string, change: Partial<QueryState<unknown>>): void {
    this.store.setState((state) => {
      const entry = { ...(state.entries[key] ?? LOADING), ...change };
      return { entries: { ...state.entries, [key]: entry } };
    });
  }

  /** Search keystrokes make a key each: the least recently watched keys nobody watches go. */
  private forgetUnwatched(): void {
    const unwatched = [...this.records].filter(([, record]) => record.observers === 0 && !record.running);
    if (unwatched.length <= UNWATCHED_KEPT) return;
    unwatched.sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    const gone = unwatched.slice(0, unwatched.length - UNWATCHED_KEPT).map(([key]) => key);
    for (const key of gone) this.records.delete(key);
    const forgotten = new Set(gone);
    this.store.setState((state) => ({ entries: Object.fromEntries(Object.entries(state.entries).filter(([key]) => !forgotten.has(key))) }));
  }
}

/** The read's promise, also when it throws before returning one (the worker not started yet). */
function readNow<T>(read: () => Promise<T>): Promise<T> {
  try {
    return read();
  } catch (error) {
    return Promise.reject(error);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}
