import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';

/** Issue 3's targets: new-event ingest ≥ 75% of the fastest verifier, re-ingest ≥ 20,000/s. */
export function evaluateTargets(results, sizes) {
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
      { name: `re-ingest ${size.toLocaleString('en')} duplicates`, value: ingest.again.perSecond, target: 20_000, pass: ingest.again.perSecond >= 20_000, unit: 'events/s' },
    ];
  });
}

export function printResults(results, targets, sizes) {
  const line = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);
  console.log(`\nPlates benchmarks — ${results.browser}, ${results.cores} cores`);
  console.log('Verify only (id + Schnorr signature), events/s:');
  for (const [name, r] of Object.entries(results.verify)) line(name, r.perSecond.toLocaleString('en'));
  for (const size of sizes) {
    const ingest = results.ingest[size];
    console.log(`Ingest of ${size.toLocaleString('en')} events (verifier ${ingest.verifier}), events/s:`);
    line('new events, verified + stored + read models', `${ingest.fresh.perSecond.toLocaleString('en')} (${ingest.fresh.ms} ms)`);
    line('same events again (all duplicates)', `${ingest.again.perSecond.toLocaleString('en')} (${ingest.again.ms} ms)`);
    line('raw Dexie bulkPut, primary key only (ceiling)', `${results.raw[size].perSecond.toLocaleString('en')} (${results.raw[size].ms} ms)`);
    line('rows stored', JSON.stringify(ingest.rows));
  }
  console.log(`New-event ingest by kind, ${Math.min(...sizes).toLocaleString('en')} events split by kind, events/s:`);
  for (const [kind, r] of Object.entries(results.byKind)) line(`kind ${kind} (${r.count.toLocaleString('en')} events)`, r.perSecond.toLocaleString('en'));
  console.log(`Where the time goes, ${results.split.writePathOnly.count.toLocaleString('en')} events, events/s:`);
  line(`verifier pool alone (${results.split.pool.name})`, results.split.pool.perSecond.toLocaleString('en'));
  line('pipeline with signature checks off (writes)', results.split.writePathOnly.perSecond.toLocaleString('en'));
  line('shape checks + codecs only (no storage)', results.split.parseOnly.perSecond.toLocaleString('en'));
  console.log('Targets:');
  for (const t of targets) line(`${t.pass ? 'PASS' : 'FAIL'} ${t.name}`, `${t.value.toLocaleString('en')} (target ${t.target.toLocaleString('en')} ${t.unit})`);
}

const HEADER = `## Ingest pipeline (issue 3)

| date | machine | browser | verify wasm / noble / nostr-tools | ingest 10k new | re-ingest 10k | raw bulkPut 10k | ingest 100k new | re-ingest 100k | raw bulkPut 100k | targets |
|---|---|---|---|---|---|---|---|---|---|---|
`;

/** Adds one row to the ingest table of BENCHMARKS.md, keeping every earlier row for comparison. */
export async function appendBenchmarkRow(file, results, targets) {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n\nFigures from `npm run bench`, newest row last in each table.\n\n');
  if (!text.includes(HEADER.split('\n')[0])) text = `${text.trimEnd()}\n\n${HEADER}`;
  const cell = (size, pick) => (results.ingest[size] ? pick(size).toLocaleString('en') : '—');
  const v = Object.values(results.verify).map((r) => r.perSecond.toLocaleString('en')).join(' / ');
  const row = [
    new Date().toISOString().slice(0, 10),
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`,
    `Chromium ${results.browser}`,
    v,
    cell(10_000, (s) => results.ingest[s].fresh.perSecond),
    cell(10_000, (s) => results.ingest[s].again.perSecond),
    cell(10_000, (s) => results.raw[s].perSecond),
    cell(100_000, (s) => results.ingest[s].fresh.perSecond),
    cell(100_000, (s) => results.ingest[s].again.perSecond),
    cell(100_000, (s) => results.raw[s].perSecond),
    targets.every((t) => t.pass) ? 'all pass' : `FAIL: ${targets.filter((t) => !t.pass).map((t) => t.name).join(', ')}`,
  ];
  const tableEnd = text.indexOf('\n\n', text.indexOf(HEADER.split('\n')[0]));
  const insertAt = tableEnd === -1 ? text.length : tableEnd;
  const updated = `${text.slice(0, insertAt).trimEnd()}\n| ${row.join(' | ')} |${text.slice(insertAt)}`;
  await writeFile(file, `${updated.trimEnd()}\n`);
}
