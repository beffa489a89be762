import { wrap } from 'comlink';
import type { BenchWorkerApi } from './bench-worker';
import type { WeekFixture } from './simulated-week';

declare global {
  interface Window {
    runBench(options: { sizes: number[]; verifySample: number; week?: { relayUrl: string; fixture: WeekFixture } }): Promise<unknown>;
  }
}

const bench = wrap<BenchWorkerApi>(new Worker(new URL('./bench-worker.ts', import.meta.url), { type: 'module' }));

/** Called by tests/bench/run.mjs through Playwright; runs everything in the worker, as the app does. */
window.runBench = async ({ sizes, verifySample, week }) => {
  const simulateWeek = async () => (week ? bench.simulateWeek(week) : undefined);
  if (sizes.length === 0) return { sync: await simulateWeek(), userAgent: navigator.userAgent, cores: navigator.hardwareConcurrency };
  const largest = Math.max(...sizes);
  const generated = await bench.generate({ count: largest });
  const verify = await bench.verifyOnly({ count: verifySample });
  const ingest: Record<number, unknown> = {};
  const raw: Record<number, unknown> = {};
  for (const size of sizes) {
    raw[size] = await bench.rawBulkPut({ count: size });
    ingest[size] = await bench.ingest({ count: size });
  }
  const byKind = await bench.ingestByKind({ count: Math.min(...sizes) });
  const split = await bench.splitCost({ count: Math.min(...sizes) });
  // Last: its relay connections and helper threads must not weigh on the ingest figures.
  const sync = await simulateWeek();
  return { generated, verify, ingest, raw, byKind, split, sync, userAgent: navigator.userAgent, cores: navigator.hardwareConcurrency };
};
