import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseEvent } from '../../testing/event-factories';
import { newAuthor, signEvent } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { mediaKey, PRIORITY } from '../cache/cache-keys';
import { offlineHandlers } from '../handlers/offline';
import { ingestAndNotify } from '../ingest-and-notify';

const PHOTOS = ['Barbell_Curl/0.jpg', 'Barbell_Curl/1.jpg', 'Barbell_Squat/0.jpg'].map((path) => {
  const bytes = readFileSync(`public/starter-pack/media/${path}`);
  return { path: `/${path}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
});

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const photo = PHOTOS.find((p) => p.path === req.url);
    if (photo) {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      return res.end(photo.bytes);
    }
    if (req.url === '/login-page.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      return res.end('<html><body>Please log in</body></html>');
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const photo = (i: number) => ({ url: `${base}${PHOTOS[i]?.path}`, sha256: PHOTOS[i]?.sha256 ?? '', mime: 'image/jpeg' });
const VIEW = { priority: PRIORITY.viewed };

function context(online = { now: true }) {
  return testContext({ online: () => online.now });
}

describe('the media service', () => {
  it('downloads a photo once, stores it with its bookkeeping, and serves it from the database after', async () => {
    const ctx = context();
    requests.length = 0;
    const outcomes = await Promise.all([
      ctx.media.ensure(photo(0), VIEW),
      ctx.media.ensure(photo(0), VIEW),
      ctx.media.ensure(photo(0), VIEW),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['stored', 'stored', 'stored']);
    expect(await ctx.media.ensure(photo(0), VIEW)).toMatchObject({
      status: 'stored',
      row: { mime: 'image/jpeg', sha256: PHOTOS[0]?.sha256, size: PHOTOS[0]?.bytes.length },
    });
    expect(requests).toEqual([PHOTOS[0]?.path]);
    expect(await ctx.db.cacheMeta.get(mediaKey(photo(0).url))).toMatchObject({
      priority: PRIORITY.viewed,
      pinned: 0,
      size: PHOTOS[0]?.bytes.length,
    });
  });

  it('rejects a photo whose sha256 is not the one its imeta names, and stores nothing', async () => {
    const ctx = context();
    const outcome = await ctx.media.ensure({ ...photo(1), sha256: PHOTOS[0]?.sha256 ?? '' }, VIEW);
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining(`does not match the ${PHOTOS[0]?.sha256}`) });
    expect(await ctx.db.media.count()).toBe(0);
  });

  it('remembers a refusal instead of asking again in a loop; the person can still ask', async () => {
    const ctx = context();
    requests.length = 0;
    const ref = { url: `${base}/login-page.jpg` };
    const first = await ctx.media.ensure(ref, VIEW);
    expect(first).toMatchObject({ status: 'failed', reason: 'the server sent an HTML page, not an image or video' });
    for (let i = 0; i < 5; i++) expect(await ctx.media.ensure(ref, VIEW)).toEqual(first);
    expect(requests).toHaveLength(1);
    if (first.status === 'failed') expect(first.retryAt).toBeGreaterThan(Date.now() + 23 * 3600_000);
    await ctx.media.ensure(ref, { ...VIEW, force: true });
    expect(requests).toHaveLength(2);
  });

  it('answers offline, without asking, when the file is not stored and there is no network', async () => {
    const online = { now: false };
    const ctx = context(online);
    requests.length = 0;
    expect(await ctx.media.ensure(photo(2), VIEW)).toEqual({ status: 'offline' });
    expect(requests).toHaveLength(0);
    online.now = true;
    expect((await ctx.media.ensure(photo(2), VIEW)).status).toBe('stored');
    online.now = false;
    expect((await ctx.media.ensure(photo(2), VIEW)).status).toBe('stored');
  });

  it('a stored-only use (a library row) reads the device and never asks the network, online or not', async () => {
    const ctx = context();
    requests.length = 0;
    const ROW = { priority: PRIORITY.passing, storedOnly: true };
    expect(await ctx.media.ensure(photo(2), ROW)).toEqual({ status: 'offline' });
    expect(await ctx.media.reportBroken(photo(2), ROW)).toEqual({ status: 'offline' });
    expect(requests).toHaveLength(0);
    // Once the exercise was opened (a view), the row shows the stored photo.
    expect((await ctx.media.ensure(photo(2), VIEW)).status).toBe('stored');
    expect((await ctx.media.ensure(photo(2), ROW)).status).toBe('stored');
    expect(requests).toHaveLength(1);
  });

  it('drops a damaged blob and fetches the file again; a photo reported broken is replaced', async () => {
    const ctx = context();
    await ctx.media.ensure(photo(0), VIEW);
    const row = await ctx.db.media.get(photo(0).url);
    if (!row) throw new Error('the photo was not stored');
    await ctx.db.media.put({ ...row, blob: new Blob([new Uint8Array(10)]) });
    expect((await ctx.media.stored([photo(0).url])).size).toBe(0);
    expect(await ctx.db.media.get(photo(0).url)).toBeUndefined();

    requests.length = 0;
    expect((await ctx.media.ensure(photo(0), VIEW)).status).toBe('stored');
    expect((await ctx.media.reportBroken(photo(0), VIEW)).status).toBe('stored');
    expect(requests).toHaveLength(2);
    expect((await ctx.db.media.get(photo(0).url))?.size).toBe(PHOTOS[0]?.bytes.length);
  });
});

describe('a template made available offline', () => {
  it('has its exercises’ photos stored and pinned, so eviction keeps them, until released', async () => {
    const ctx = context();
    const author = newAuthor();
    const exercise = (d: string, photos: number[]) =>
      exerciseEvent({
        author,
        d,
        format: ['weight', 'reps'],
        formatUnits: ['kg', 'count'],
        hashtags: [],
        media: photos.map(photo),
      });
    const template = signEvent(author, {
      kind: 33402,
      tags: [
        ['d', 'arms'],
        ['title', 'Arms'],
        ['type', 'strength'],
        ['exercise', `33401:${author.pubkey}:curl`, '', '30', '10', '1'],
        ['exercise', `33401:${author.pubkey}:squat`, '', '100', '5', '1'],
      ],
    });
    await ingestAndNotify(ctx, [exercise('curl', [0, 1]), exercise('squat', [2]), template], 'relay');
    const offline = offlineHandlers(ctx);
    const address = `33402:${author.pubkey}:arms`;
    expect(await offline.getTemplateOffline({ address })).toEqual({ pinned: false, photos: 3, storedPhotos: 0, failed: [] });

    expect(await offline.makeTemplateOffline({ address })).toEqual({ pinned: true, photos: 3, storedPhotos: 3, failed: [] });
    await ctx.storage.makeRoom(10 * 1024 * 1024 * 1024);
    expect(await ctx.db.media.count()).toBe(3);
    expect(await ctx.db.templates.get(address)).toBeDefined();
    expect(await ctx.db.exercises.count()).toBe(2);

    expect(await offline.releaseTemplateOffline({ address })).toMatchObject({ pinned: false, storedPhotos: 3 });
    await ctx.storage.makeRoom(10 * 1024 * 1024 * 1024);
    expect(await ctx.db.media.count()).toBe(0);
    expect(await ctx.db.templates.get(address)).toBeUndefined();
  });
});
