import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Code that must not be in the JavaScript before first render: the worker's side, loaded separately. */
const WORKER_SIDE = [/node_modules\/@nostr-dev-kit\//, /node_modules\/dexie\//, /node_modules\/nostr-wasm\//, /\/src\/worker\//];

/**
 * The JavaScript a first visit runs before it can render: the entry script of index.html,
 * its modulepreload links and their static imports, each gzipped (zlib's default level, as
 * a static host serves it). Every other chunk (the data worker, NDK, the verifier threads)
 * is listed apart with the packages its source map names.
 */
export async function measureBundle(outDir) {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const roots = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map((src) => src.replace(/^\//, ''));
  const firstRender = await staticClosure(outDir, roots);
  const all = (await readdir(join(outDir, 'assets'))).filter((name) => name.endsWith('.js')).map((name) => `assets/${name}`);
  const workers = await workerEntries(outDir, firstRender);
  const describe = async (file) => {
    const code = await readFile(join(outDir, file));
    const name = workers.includes(file) ? 'data worker' : file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
    return { file, name, bytes: code.length, gzip: gzipSync(code).length, packages: await packagesOf(outDir, file) };
  };
  const before = await Promise.all(firstRender.map(describe));
  const later = await Promise.all(all.filter((file) => !firstRender.includes(file)).map(describe));
  const sources = await Promise.all(firstRender.map((file) => sourcesOf(outDir, file)));
  const workerSideInFirstRender = [
    ...new Set(
      sources
        .flat()
        .filter((s) => WORKER_SIDE.some((re) => re.test(s)))
        .map(packageOf),
    ),
  ];
  return {
    firstRender: before,
    firstRenderGzip: before.reduce((sum, chunk) => sum + chunk.gzip, 0),
    later: later.sort((a, b) => b.gzip - a.gzip),
    workerSideInFirstRender,
  };
}

/** `roots` and every chunk they import statically (import … from "./x.js"; dynamic import() is left out). */
async function staticClosure(outDir, roots) {
  const seen = [];
  const visit = async (file) => {
    if (seen.includes(file)) return;
    seen.push(file);
    const code = await readFile(join(outDir, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const [, spec] of code.matchAll(/\b(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g)) {
      await visit(new URL(spec, `file:///${dir}`).pathname.slice(1));
    }
  };
  for (const root of roots) await visit(root);
  return seen;
}

/** Chunks the first-render code starts as workers (`new Worker(new URL("/assets/…js", import.meta.url))`). */
async function workerEntries(outDir, files) {
  const codes = await Promise.all(files.map((file) => readFile(join(outDir, file), 'utf8')));
  return codes.flatMap((code) => [...code.matchAll(/new Worker\(new URL\(["'`]\/?(assets\/[^"'`]+?\.js)["'`]/g)].map((m) => m[1]));
}

async function sourcesOf(outDir, file) {
  const map = await readFile(join(outDir, `${file}.map`), 'utf8').catch(() => undefined);
  return map ? JSON.parse(map).sources : [];
}

async function packagesOf(outDir, file) {
  return [...new Set((await sourcesOf(outDir, file)).map(packageOf))].sort();
}

/** "../../node_modules/@scope/name/dist/x.js" → "@scope/name"; the app's own code → "src". */
function packageOf(source) {
  const match = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (match) return match[1];
  return source.includes('/src/worker/') ? 'src/worker' : 'src';
}
