import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';

/** Issue 3's targets: new-event ingest ≥ 75% of the fastest verifier, re-ingest ≥ 20,000/s. */
export function evaluateTargets(results, sizes) {
  return [...ingestTargets(results, sizes), ...syncTargets(results)];
}

/** Issue 4's targets: database-first saves at least 70% of network-first's requests (the seed's 70–90%), cached loads answer in under a millisecond. */
function syncTargets({ sync }) {
  if (!sync) return [];
  const reduction = requestReduction(sync);
  return [
    { name: 'requests saved vs network-first', value: reduction, target: 70, pass: reduction >= 70, unit: '% (seed: 70–90%)' },
    {
      name: 'cached load p50',
      value: sync.cached.latency.p50Ms,
      target: 1,
      pass: sync.cached.latency.p50Ms < 1,
      unit: 'ms, inside the worker',
    },
  ];
}

function requestReduction(sync) {
  return Math.round((1 - sync.databaseFirst.networkRequests / sync.networkFirst.networkRequests) * 1000) / 10;
}

function ingestTargets(results, sizes) {
  if (sizes.length === 0) return [];
  const fastestVerify = Math.max(...Object.values(results.verify).map((v) => v.perSecond));
  return sizes.flatMap((size) => {
    const ingest = results.ingest[size];
    return [
      {
        name: `ingest ${size.toLocaleString('en')} new`,
        value: ingest.fresh.perSecond,
        target: Math.round(fastestVerify * 0.75),
        pass: ingest.fresh.perSecond >= fastestVerify * 0.75,
        unit: 'events/s ≥ 75% of fastest verify',
      },
      {
        name: `re-ingest ${size.toLocaleString('en')} duplicates`,
        value: ingest.again.perSecond,
        target: 20_000,
        pass: ingest.again.perSecond >= 20_000,
        unit: 'events/s',
      },
    ];
  });
}

export function printResults(results, targets, sizes) {
  const line = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);
  console.log(`\nPlates benchmarks — ${results.browser}, ${results.cores} cores`);
  if (results.sync) printSync(results.sync, line);
  if (sizes.length > 0) printIngest(results, sizes, line);
  console.log('Targets:');
  for (const t of targets)
    line(`${t.pass ? 'PASS' : 'FAIL'} ${t.name}`, `${t.value.toLocaleString('en')} (target ${t.target.toLocaleString('en')} ${t.unit})`);
}

function printSync(sync, line) {
  const week = (label, r) =>
    line(
      label,
      `${r.networkRequests} requests for ${r.loads} loads (${Object.entries(r.outcomes)
        .filter(([, n]) => n > 0)
        .map(([o, n]) => `${o} ${n}`)
        .join(', ')})`,
    );
  console.log('Simulated week (21 sessions, real local relay), relay requests:');
  week('database-first', sync.databaseFirst);
  week('network-first (same loaders, nothing fresh)', sync.networkFirst);
  line('requests saved', `${requestReduction(sync)}%`);
  const perLoad = Math.round((1 - sync.databaseFirst.networkRequests / sync.databaseFirst.loads) * 1000) / 10;
  line('saved vs a request per load (no batching)', `${perLoad}%`);
  const l = sync.cached.latency;
  line(
    `cached loads (${l.count}), inside the worker`,
    `p50 ${l.p50Ms} ms · p95 ${l.p95Ms} ms · max ${l.maxMs} ms · ${sync.cached.requests} requests`,
  );
}

function printIngest(results, sizes, line) {
  console.log('Verify only (id + Schnorr signature), events/s:');
  for (const [name, r] of Object.entries(results.verify)) line(name, r.perSecond.toLocaleString('en'));
  for (const size of sizes) {
    const ingest = results.ingest[size];
    console.log(`Ingest of ${size.toLocaleString('en')} events (verifier ${ingest.verifier}), events/s:`);
    line('new events, verified + stored + read models', `${ingest.fresh.perSecond.toLocaleString('en')} (${ingest.fresh.ms} ms)`);
    line('same events again (all duplicates)', `${ingest.again.perSecond.toLocaleString('en')} (${ingest.again.ms} ms)`);
    if (ingest.cold)
      line('again, memory of stored ids emptied (IndexedDB)', `${ingest.cold.perSecond.toLocaleString('en')} (${ingest.cold.ms} ms)`);
    line(
      'raw Dexie bulkPut, primary key only (ceiling)',
      `${results.raw[size].perSecond.toLocaleString('en')} (${results.raw[size].ms} ms)`,
    );
    line('rows stored', JSON.stringify(ingest.rows));
  }
  console.log(`New-event ingest by kind, ${Math.min(...sizes).toLocaleString('en')} events split by kind, events/s:`);
  for (const [kind, r] of Object.entries(results.byKind))
    line(`kind ${kind} (${r.count.toLocaleString('en')} events)`, r.perSecond.toLocaleString('en'));
  console.log(`Where the time goes, ${results.split.writePathOnly.count.toLocaleString('en')} events, events/s:`);
  line(`verifier pool alone (${results.split.pool.name})`, results.split.pool.perSecond.toLocaleString('en'));
  line('pipeline with signature checks off (writes)', results.split.writePathOnly.perSecond.toLocaleString('en'));
  line('shape checks + codecs only (no storage)', results.split.parseOnly.perSecond.toLocaleString('en'));
  const { plates, oneRow } = results.split.layouts;
  line('IndexedDB alone, Plates schema (rows ready)', plates.perSecond.toLocaleString('en'));
  line('IndexedDB alone, one row per event (rows ready)', oneRow.perSecond.toLocaleString('en'));
}

const INGEST_HEADER = `## Ingest pipeline (issue 3)

| date | machine | browser | verify wasm / noble / nostr-tools | ingest 10k new | re-ingest 10k | raw bulkPut 10k | ingest 100k new | re-ingest 100k | raw bulkPut 100k | targets |
|---|---|---|---|---|---|---|---|---|---|---|
`;

const SYNC_HEADER = `## Database-first loads (issue 4)

A simulated week (21 sessions: app start with own data, library and follows' profiles; 6 exercises/templates opened; a 30-person feed read twice) against the real local relay; network-first runs the same loaders, with the same batching, with nothing ever fresh.

| date | machine | browser | loads | requests database-first | requests network-first | saved | cached p50 | cached p95 | targets |
|---|---|---|---|---|---|---|---|---|---|
`;

/** Adds this run's rows to BENCHMARKS.md, keeping every earlier row for comparison. */
export async function appendBenchmarkRow(file, results, targets) {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n\nFigures from `npm run bench`, newest row last in each table.\n\n');
  const common = [
    new Date().toISOString().slice(0, 10),
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`,
    `Chromium ${results.browser}`,
  ];
  const verdict = (names) => {
    const failed = targets.filter((t) => names(t.name) && !t.pass);
    return failed.length === 0 ? 'all pass' : `FAIL: ${failed.map((t) => t.name).join(', ')}`;
  };
  if (results.ingest) {
    const cell = (size, pick) => (results.ingest[size] ? pick(size).toLocaleString('en') : '—');
    text = appendRow(text, INGEST_HEADER, [
      ...common,
      Object.values(results.verify)
        .map((r) => r.perSecond.toLocaleString('en'))
        .join(' / '),
      cell(10_000, (s) => results.ingest[s].fresh.perSecond),
      cell(10_000, (s) => results.ingest[s].again.perSecond),
      cell(10_000, (s) => results.raw[s].perSecond),
      cell(100_000, (s) => results.ingest[s].fresh.perSecond),
      cell(100_000, (s) => results.ingest[s].again.perSecond),
      cell(100_000, (s) => results.raw[s].perSecond),
      verdict((name) => name.includes('ingest')),
    ]);
  }
  if (results.sync) {
    const { databaseFirst, networkFirst, cached } = results.sync;
    text = appendRow(text, SYNC_HEADER, [
      ...common,
      databaseFirst.loads,
      databaseFirst.networkRequests,
      networkFirst.networkRequests,
      `${requestReduction(results.sync)}%`,
      `${cached.latency.p50Ms} ms`,
      `${cached.latency.p95Ms} ms`,
      verdict((name) => !name.includes('ingest')),
    ]);
  }
  await writeFile(file, `${text.trimEnd()}\n`);
}

function appendRow(text, header, cells) {
  const title = header.split('\n')[0];
  if (!text.includes(title)) text = `${text.trimEnd()}\n\n${header}`;
  const tableEnd = text.indexOf('\n\n', text.indexOf('|---', text.indexOf(title)));
  const insertAt = tableEnd === -1 ? text.length : tableEnd;
  return `${text.slice(0, insertAt).trimEnd()}\n| ${cells.join(' | ')} |${text.slice(insertAt)}`;
}
