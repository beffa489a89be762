import 'fake-indexeddb/auto';
import { createWorkerContext, type ContextOptions } from '../worker/create-context';
import type { WorkerContext } from '../worker/context';

let counter = 0;

/** A worker context over a fresh fake-indexeddb database (db-layer unit tests only). */
export function testContext(options: ContextOptions = {}): WorkerContext {
  counter++;
  return createWorkerContext({ databaseName: `plates-test-${process.pid}-${counter}`, ...options });
}
