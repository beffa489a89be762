import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadMedia, type DownloadOptions } from './download';

const PHOTO = readFileSync('public/starter-pack/media/Barbell_Curl/0.jpg');
const PHOTO_SHA = createHash('sha256').update(PHOTO).digest('hex');
const MP4_HEAD = Buffer.from([0, 0, 0, 0x20, ...Buffer.from('ftypisom'), 0, 0, 2, 0]);
const OPTIONS: DownloadOptions = { maxBytes: { image: 1024 * 1024, video: 4 * 1024 * 1024 }, allowVideo: false, timeoutMs: 5_000 };

/** A real HTTP server on loopback serving good files and the ways servers go wrong. */
let server: Server;
let base: string;
let hugeBytesSent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/photo.jpg':
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': PHOTO.length });
        return res.end(PHOTO);
      case '/error-page.jpg':
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        return res.end('<!doctype html><html><body>Hotlinking not allowed</body></html>');
      case '/declared-huge.jpg':
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(2 * 1024 ** 3) });
        return res.end(PHOTO);
      case '/huge': {
        // No length announced: only reading tells it is huge. It stops when the client goes away.
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        const chunk = Buffer.alloc(64 * 1024, 0xff);
        const pump = () => {
          while (!res.destroyed && hugeBytesSent < 512 * 1024 * 1024) {
            hugeBytesSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/redirect-to-huge':
        res.writeHead(302, { location: '/huge' });
        return res.end();
      case '/clip.mp4':
        res.writeHead(200, { 'content-type': 'video/mp4' });
        return res.end(Buffer.concat([MP4_HEAD, Buffer.alloc(1000)]));
      case '/busy.jpg':
        res.writeHead(503);
        return res.end();
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('downloadMedia', () => {
  it('downloads an image, sniffs it and checks its sha256', async () => {
    const result = await downloadMedia(`${base}/photo.jpg`, { ...OPTIONS, expectedSha256: PHOTO_SHA });
    expect(result).toMatchObject({ ok: true, value: { mime: 'image/jpeg', kind: 'image', sha256: PHOTO_SHA } });
    if (result.ok) expect(result.value.bytes.byteLength).toBe(PHOTO.length);
  });

  it('refuses a file whose sha256 is not the one the event names', async () => {
    const wrong = 'ab'.repeat(32);
    expect(await downloadMedia(`${base}/photo.jpg`, { ...OPTIONS, expectedSha256: wrong })).toEqual({
      ok: false,
      permanent: true,
      reason: `sha256 ${PHOTO_SHA} does not match the ${wrong} the event names`,
    });
  });

  it('refuses an HTML page served as an image', async () => {
    expect(await downloadMedia(`${base}/error-page.jpg`, OPTIONS)).toEqual({
      ok: false,
      permanent: true,
      reason: 'the server sent an HTML page, not an image or video',
    });
  });

  it('refuses what is not http(s) without asking anyone', async () => {
    expect(await downloadMedia('data:image/jpeg;base64,/9j/4AAQ', OPTIONS)).toMatchObject({
      ok: false,
      permanent: true,
      reason: expect.stringContaining('only http(s)'),
    });
    expect(await downloadMedia('file:///etc/passwd', OPTIONS)).toMatchObject({ ok: false, permanent: true });
  });

  it('refuses a file announced as too large before reading it', async () => {
    expect(await downloadMedia(`${base}/declared-huge.jpg`, OPTIONS)).toMatchObject({
      ok: false,
      permanent: true,
      reason: expect.stringContaining('2048.0 MB, over the 4.0 MB limit'),
    });
  });

  it('stops reading a redirect to a huge file once it passes the limit', async () => {
    hugeBytesSent = 0;
    const result = await downloadMedia(`${base}/redirect-to-huge`, OPTIONS);
    expect(result).toMatchObject({
      ok: false,
      permanent: true,
      reason: expect.stringContaining('over the 4.0 MB limit (download stopped at'),
    });
    // The server was cut off long before the 512 MB it would have sent.
    expect(hugeBytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('fetches video only on demand', async () => {
    expect(await downloadMedia(`${base}/clip.mp4`, OPTIONS)).toMatchObject({
      ok: false,
      permanent: true,
      reason: expect.stringContaining('only when you ask'),
    });
    expect(await downloadMedia(`${base}/clip.mp4`, { ...OPTIONS, allowVideo: true })).toMatchObject({
      ok: true,
      value: { kind: 'video', mime: 'video/mp4' },
    });
  });

  it('tells a server error and an unreachable host (worth another try later) from a missing file', async () => {
    expect(await downloadMedia(`${base}/busy.jpg`, OPTIONS)).toEqual({ ok: false, permanent: false, reason: 'download failed: HTTP 503' });
    expect(await downloadMedia(`${base}/gone.jpg`, OPTIONS)).toEqual({ ok: false, permanent: true, reason: 'download failed: HTTP 404' });
    expect(await downloadMedia('http://127.0.0.1:1/nothing-listens.jpg', OPTIONS)).toMatchObject({ ok: false, permanent: false });
  });
});
