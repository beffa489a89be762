import { describe, expect, it } from 'vitest';
import { checkMediaUrl, sniffMedia } from './media-checks';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? Array.from(v, (c) => c.charCodeAt(0)) : [v])));

describe('checkMediaUrl', () => {
  it('accepts http and https', () => {
    expect(checkMediaUrl('https://example.com/a.jpg')).toMatchObject({ ok: true });
    expect(checkMediaUrl('http://127.0.0.1:4311/media/a.jpg')).toMatchObject({ ok: true });
  });

  it.each([
    ['data:image/png;base64,AAAA', 'data URLs are not fetched'],
    ['file:///etc/passwd', 'file URLs are not fetched'],
    ['javascript:alert(1)', 'javascript URLs are not fetched'],
    ['ftp://example.com/a.jpg', 'ftp URLs are not fetched'],
    ['https://user:secret@example.com/a.jpg', 'user name or password'],
    ['not a url', 'is not a URL'],
  ])('refuses %s', (url, reason) => {
    const result = checkMediaUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('sniffMedia', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'), 'image/jpeg', 'image'],
    ['PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'image/png', 'image'],
    ['GIF', bytes('GIF89a', 1, 0), 'image/gif', 'image'],
    ['WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), 'image/webp', 'image'],
    ['AVIF', bytes(0, 0, 0, 0x1c, 'ftypavif', 0, 0), 'image/avif', 'image'],
    ['MP4', bytes(0, 0, 0, 0x20, 'ftypisom', 0, 0), 'video/mp4', 'video'],
    ['WebM', bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f), 'video/webm', 'video'],
  ])('recognises %s from its first bytes', (_name, head, mime, kind) => {
    expect(sniffMedia(head)).toEqual({ ok: true, value: { mime, kind } });
  });

  it('refuses an HTML page whatever its content type said', () => {
    expect(sniffMedia(bytes('\n  <!DOCTYPE html><html><body>Not found</body></html>'))).toEqual({
      ok: false,
      reason: 'the server sent an HTML page, not an image or video',
    });
  });

  it('refuses SVG, text and empty files', () => {
    expect(sniffMedia(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('SVG'),
    });
    expect(sniffMedia(bytes('just some text'))).toMatchObject({ ok: false, reason: expect.stringContaining('not an image or video') });
    expect(sniffMedia(new Uint8Array())).toMatchObject({ ok: false });
  });

  it('does not take a RIFF file that is not WebP (a WAV) for an image', () => {
    expect(sniffMedia(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '))).toMatchObject({ ok: false });
  });
});
