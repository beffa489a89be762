#!/usr/bin/env node
// `npm run bench`: builds the bench page, runs it in headless Chromium with an on-disk profile
// (IndexedDB on disk, as a person's browser has), prints every figure with its target, and
// adds a row to BENCHMARKS.md; then the app's budgets on the real build (./app-budgets).
// BENCH_SIZES=10000 runs a smaller ingest set for a quick look, BENCH_SIZES= none;
// BENCH_WEEK=0 skips the simulated week, BENCH_APP=0 the app budgets.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { startRelayServer } from '../../scripts/lib/relay-server.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { runAppBudgets } from './app-budgets/index.mjs';
import { appendBenchmarkRow, evaluateTargets, printResults } from './report.mjs';
import { writeWeekFixture } from './week-fixture.mjs';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);
const runWeek = process.env.BENCH_WEEK !== '0';
const outDir = 'dist-bench';

if (sizes.length > 0 || runWeek) await runPageBench();
if (process.env.BENCH_APP !== '0' && !(await runAppBudgets())) process.exitCode = 1;

/** The ingest figures and the simulated week, in the bench page's worker. */
async function runPageBench() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: 'tests/bench/index.html' } },
    worker: { format: 'es' },
  });

  const server = await startStaticServer({ root: outDir });
  const profile = await mkdtemp(join(tmpdir(), 'plates-bench-'));
  // The simulated week talks to a real relay holding the starter library and the lifter's people.
  const quiet = { info: () => undefined, warn: console.warn, error: console.error };
  const relayPort = await freePort();
  const relayUrl = `ws://127.0.0.1:${relayPort}`;
  const seedFile = join(profile, 'week-seed.json');
  const fixture = await writeWeekFixture('public/starter-pack/pack.ndjson', seedFile, relayUrl);
  const relay = await startRelayServer({ port: relayPort, seedFiles: ['public/starter-pack/pack.ndjson', seedFile], log: quiet });
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => message.type() === 'error' && console.error(`page: ${message.text()}`));
    await page.goto(`${server.url}/tests/bench/index.html`);
    const results = await page.evaluate((options) => globalThis.runBench(options), {
      sizes,
      verifySample: 5_000,
      week: runWeek ? { relayUrl, fixture } : undefined,
    });
    results.browser = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    const targets = evaluateTargets(results, sizes);
    printResults(results, targets, sizes);
    await appendBenchmarkRow('BENCHMARKS.md', results, targets);
    if (targets.some((t) => !t.pass)) process.exitCode = 1;
  } finally {
    await context.close();
    await server.stop();
    await relay.stop();
    await rm(profile, { recursive: true, force: true });
  }
}

/** A loopback port free right now: the relay's address goes into the seeded relay list before it starts. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
