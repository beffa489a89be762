import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';

const TITLE = '## App budgets (issue 6)';
const HEADER = `${TITLE}

The real build (\`vite.config.ts\`, service worker) served locally with a local relay, headless Chromium on an on-disk profile, phone viewport with touch; the data signed and imported through Settings → Import. Cold start: the browser started offline, navigation start → the library list showing results, 1,000 exercises, 200 templates and 2,000 records stored (median of 5 starts). Search: 5,000 exercises, each keystroke or filter change reaching the page → the worker's answer on the main thread (\`plates:library-query\`). Set: each tap's click reaching the page → the worker's answer, sent once its IndexedDB transaction committed (\`plates:workout-saved\`). Long tasks: PerformanceObserver \`longtask\` while 10,001 events (the follow list and 50 followed people's profiles, exercises, templates and 9,700 workout records) are imported with the Feed open. JS: index.html's entry, modulepreloads and their static imports, gzip. Budgets: p50 < 1 s, p95 < 16 ms, p95 < 50 ms, no long task, < 200 kB. The VM is shared: its 1-minute load average is given, and figures rise with it.

| date | machine | load | browser | cold start p50 (max) | search p50 / p95 / max | set stored p50 / p95 / max | long tasks (longest) | JS before first render | targets | vs previous row |
|---|---|---|---|---|---|---|---|---|---|---|
`;

/** The figures compared with the previous row: its column, which number of the cell, and how a change is written. */
const COMPARED = [
  { label: 'cold', column: 4, index: 0, change: (now, before) => (before > 0 ? signed(Math.round((now / before - 1) * 100), '%') : '—') },
  { label: 'search p95', column: 5, index: 1, change: (now, before) => signed(round1(now - before), ' ms') },
  { label: 'set p95', column: 6, index: 1, change: (now, before) => signed(round1(now - before), ' ms') },
  { label: 'long tasks', column: 7, index: 0, change: (now, before) => signed(now - before, '') },
  { label: 'JS', column: 8, index: 0, change: (now, before) => signed(round1(now - before), ' kB') },
];

export function printBudgets(results, targets) {
  const line = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);
  const { coldStart, search, setLogging, imported, bundle, seeded } = results;
  const ms = (s) => `p50 ${s.p50} ms · p95 ${s.p95} ms · max ${s.max} ms`;
  console.log(
    `\nApp budgets (issue 6) — the real build, Chromium ${results.browser}, ${cpus().length} cores, load average ${results.load.toFixed(1)}`,
  );
  line(
    `cold start offline (${coldStart.toResults.count} runs; ${seeded})`,
    `to results p50 ${coldStart.toResults.p50} ms · max ${coldStart.toResults.max} ms (first paint p50 ${coldStart.firstPaint.p50} ms; "${coldStart.shown}")`,
  );
  line(
    '    on the way (p50, from navigation start)',
    `worker started ${coldStart.workerStarted.p50} ms · starter pack checked ${coldStart.starterPackChecked.p50} ms · results ${coldStart.toResults.p50} ms`,
  );
  line(`search, 5,000 exercises (${search.latency.count} of ${search.inputs} inputs answered)`, ms(search.latency));
  line(
    `set tapped → stored (${setLogging.latency.count} of ${setLogging.sets} sets; ${setLogging.done} shown done)`,
    ms(setLogging.latency),
  );
  line('  before that: the tap reaching the page', `${ms(setLogging.inputDelay)} (browser and Playwright's touch emulation)`);
  line(
    `${imported.events.toLocaleString('en')} events imported, Feed open (${(imported.windowMs / 1000).toFixed(1)} s)`,
    `${imported.longTasks.length} long tasks${imported.longTasks.length ? ` (${imported.longTasks.join(', ')})` : ''}; import: ${imported.report}`,
  );
  const chunk = (c) => `${c.name} ${kb(c.gzip)} kB [${c.packages.filter((p) => !p.startsWith('src')).join(', ')}]`;
  line(
    'JS before first render (gzip)',
    `${kb(bundle.firstRenderGzip)} kB (${kb(bundle.firstRender.reduce((s, c) => s + c.bytes, 0))} kB raw): ${bundle.firstRender.map(chunk).join(' · ')}`,
  );
  line('loaded later (gzip)', bundle.later.map(chunk).join(' · '));
  console.log('Budgets:');
  for (const t of targets) line(`${t.pass ? 'PASS' : 'FAIL'} ${t.name}`, `${t.value} (budget ${t.budget})`);
}

/** Adds this run's row to BENCHMARKS.md's app budgets table and returns how it compares with the previous row. */
export async function appendBudgetsRow(file, results, targets) {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n\nFigures from `npm run bench`, newest row last in each table.\n');
  if (!text.includes(TITLE)) text = `${text.trimEnd()}\n\n${HEADER}`;
  const { coldStart, search, setLogging, imported, bundle } = results;
  const triple = (s) => `${s.p50} / ${s.p95} / ${s.max} ms`;
  const failed = targets.filter((t) => !t.pass).map((t) => t.name);
  const cells = [
    new Date().toISOString().slice(0, 10),
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`,
    results.load.toFixed(1),
    `Chromium ${results.browser}`,
    `${coldStart.toResults.p50} ms (max ${coldStart.toResults.max})`,
    triple(search.latency),
    triple(setLogging.latency),
    `${imported.longTasks.length} (longest ${imported.longestMs} ms)`,
    `${kb(bundle.firstRenderGzip)} kB`,
    failed.length === 0 ? 'all pass' : `FAIL: ${failed.join(', ')}`,
  ];
  const start = text.indexOf('|---', text.indexOf(TITLE));
  const end = text.indexOf('\n\n', start) === -1 ? text.length : text.indexOf('\n\n', start);
  const rows = text.slice(start, end).trimEnd().split('\n').slice(1);
  const comparison = rows.length === 0 ? 'first row' : compare(cells, rows.at(-1));
  const row = `| ${[...cells, comparison].join(' | ')} |`;
  await writeFile(file, `${`${text.slice(0, end).trimEnd()}\n${row}${text.slice(end)}`.trimEnd()}\n`);
  return comparison;
}

function compare(cells, previousRow) {
  const previous = previousRow
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
  const number = (cell, index) => Number((cell?.match(/-?\d+(?:\.\d+)?/g) ?? [])[index]);
  return COMPARED.map(({ label, column, index, change }) => {
    const now = number(cells[column], index);
    const before = number(previous[column], index);
    return `${label} ${Number.isFinite(now) && Number.isFinite(before) ? change(now, before) : '—'}`;
  }).join(', ');
}

function signed(value, unit) {
  return value === 0 ? `±0${unit}` : `${value > 0 ? '+' : '−'}${Math.abs(value)}${unit}`;
}

const round1 = (n) => Math.round(n * 10) / 10;
const kb = (bytes) => (bytes / 1000).toFixed(1);
