import { parseStarterPack, parseStarterPackHeader, type BundledMedia } from '../../domain/starter-pack';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { ingestAndNotify } from '../ingest-and-notify';
import { PRIORITY } from '../cache/cache-keys';

const VERSION_KEY = 'starterPackVersion';
const BATCH_SIZE = 250;

export interface StarterPackRejection {
  line: number;
  reason: string;
}

export interface StarterPackReport {
  version: string;
  /** false when this version was already ingested and nothing was done. */
  ingested: boolean;
  stored: number;
  duplicates: number;
  rejected: StarterPackRejection[];
  mediaStored: number;
  mediaFailed: number;
}

export interface StarterPackHandlers {
  ensureStarterPack(args: { url: string }): Promise<StarterPackReport>;
}

/**
 * Ingests the bundled starter library on first run and again whenever the pack's
 * version changes. Every line is checked on its own: a damaged line or a bad signature
 * is logged with its reason and the rest loads. Re-ingesting is idempotent: stored ids
 * are skipped, newer versions of an exercise replace older ones.
 */
export function starterPackHandlers(ctx: WorkerContext): StarterPackHandlers {
  return {
    async ensureStarterPack({ url }) {
      const { db, notifier } = ctx;
      notifier.emit('starter-pack-progress', { phase: 'loading', done: 0, total: 0 });
      const response = await fetch(url);
      if (!response.ok) throw new WorkerFailure('starter-pack', `could not load the starter pack: HTTP ${response.status}`);
      // Every start asks; only a new version is worth reading past the first line (1.5 MB of events).
      const body = await readFirstLine(response);
      const stated = parseStarterPackHeader(body.head);
      const current = await db.settings.get(VERSION_KEY);
      if (stated.ok && current?.value === stated.value.version) {
        void body.cancel();
        notifier.emit('starter-pack-progress', { phase: 'done', done: 0, total: 0 });
        return { version: stated.value.version, ingested: false, stored: 0, duplicates: 0, rejected: [], mediaStored: 0, mediaFailed: 0 };
      }
      const pack = parseStarterPack(await body.whole());
      if (!pack.ok) throw new WorkerFailure('starter-pack', `the starter pack is unreadable: ${pack.reason}`);
      const { header, lines } = pack.value;

      const rejected: StarterPackRejection[] = [];
      const parsed: Array<{ line: number; event: unknown }> = [];
      for (const { line, result } of lines) {
        if (result.ok) parsed.push({ line, event: result.value });
        else rejected.push({ line, reason: result.reason });
      }
      let stored = 0;
      let duplicates = 0;
      for (let start = 0; start < parsed.length; start += BATCH_SIZE) {
        const batch = parsed.slice(start, start + BATCH_SIZE);
        const summary = await ingestAndNotify(
          ctx,
          batch.map((b) => b.event),
          'starter-pack',
        );
        stored += summary.stored;
        duplicates += summary.duplicates;
        summary.outcomes.forEach((outcome, i) => {
          if (outcome.status === 'rejected') rejected.push({ line: batch[i]?.line ?? 0, reason: outcome.reason });
        });
        notifier.emit('starter-pack-progress', { phase: 'ingesting', done: start + batch.length, total: parsed.length });
      }
      for (const rejection of rejected) console.warn(`starter pack line ${rejection.line} rejected: ${rejection.reason}`);

      const media = await storeBundledMedia(ctx, header.media, url);
      await db.settings.bulkPut([
        { key: VERSION_KEY, value: header.version },
        { key: 'starterPackPubkey', value: header.pubkey },
      ]);
      notifier.emit('starter-pack-progress', { phase: 'done', done: parsed.length, total: parsed.length });
      return {
        version: header.version,
        ingested: true,
        stored,
        duplicates,
        rejected,
        mediaStored: media.stored,
        mediaFailed: media.failed,
      };
    },
  };
}

/** A response's text read only as far as its first line; `whole()` reads on to the end, `cancel()` stops there. */
async function readFirstLine(response: Response): Promise<{ head: string; whole(): Promise<string>; cancel(): Promise<void> }> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return { head: text, whole: async () => text, cancel: async () => undefined };
  }
  const decoder = new TextDecoder();
  let text = '';
  let done = false;
  while (!done && !text.includes('\n')) {
    const chunk = await reader.read();
    done = chunk.done;
    if (chunk.value) text += decoder.decode(chunk.value, { stream: true });
  }
  return {
    head: text,
    async whole() {
      while (!done) {
        const chunk = await reader.read();
        done = chunk.done;
        if (chunk.value) text += decoder.decode(chunk.value, { stream: true });
      }
      return text + decoder.decode();
    },
    cancel: () => reader.cancel(),
  };
}

/**
 * Stores the photos shipped with the app under the imeta url they stand for, so they show
 * offline; they are part of the app, so no eviction takes them (pinned).
 */
async function storeBundledMedia(ctx: WorkerContext, media: BundledMedia[], packUrl: string) {
  let stored = 0;
  let failed = 0;
  const present = await ctx.media.stored(media.map((m) => m.url));
  const missing = media.filter((m) => !present.has(m.url));
  for (const [i, item] of missing.entries()) {
    const use = { priority: PRIORITY.own, pinned: true, force: true, fetchUrl: new URL(item.path, packUrl).href };
    const outcome = await ctx.media.ensure({ url: item.url, sha256: item.sha256, mime: item.mime }, use);
    if (outcome.status === 'stored') stored++;
    else {
      failed++;
      console.warn(`starter pack photo ${item.path} not stored: ${outcome.status === 'failed' ? outcome.reason : 'offline'}`);
    }
    ctx.notifier.emit('starter-pack-progress', { phase: 'media', done: i + 1, total: missing.length });
  }
  return { stored, failed };
}
