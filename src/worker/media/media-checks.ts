import { fail, ok, type ParseResult } from '../../domain/result';

export type MediaKind = 'image' | 'video';

export interface SniffedMedia {
  mime: string;
  kind: MediaKind;
}

/** Only plain http(s) addresses are fetched: no data:, blob:, file: or credentials in the URL. */
export function checkMediaUrl(value: string): ParseResult<URL> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`'${value.slice(0, 80)}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(`${url.protocol.replace(':', '')} URLs are not fetched, only http(s)`);
  if (url.username || url.password) return fail('URLs with a user name or password are not fetched');
  return ok(url);
}

const ASCII = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Magic numbers of the image and video formats a browser shows; the first match wins. */
const SIGNATURES: ReadonlyArray<{
  mime: string;
  kind: MediaKind;
  at: number;
  bytes: readonly number[];
  also?: { at: number; bytes: readonly number[] };
}> = [
  { mime: 'image/jpeg', kind: 'image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', kind: 'image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/gif', kind: 'image', at: 0, bytes: ASCII('GIF8') },
  { mime: 'image/webp', kind: 'image', at: 0, bytes: ASCII('RIFF'), also: { at: 8, bytes: ASCII('WEBP') } },
  { mime: 'image/avif', kind: 'image', at: 4, bytes: ASCII('ftypavif') },
  { mime: 'image/avif', kind: 'image', at: 4, bytes: ASCII('ftypavis') },
  { mime: 'video/webm', kind: 'video', at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { mime: 'video/quicktime', kind: 'video', at: 4, bytes: ASCII('ftypqt') },
  // Any other ISO base media brand (isom, mp41, mp42, avc1, M4V…) is MP4 video.
  { mime: 'video/mp4', kind: 'video', at: 4, bytes: ASCII('ftyp') },
];

/**
 * What the bytes are, from their first bytes rather than from what the server or the
 * event claims: an HTML error page served as image/jpeg is refused. SVG is refused too
 * (it is a document that can carry scripts).
 */
export function sniffMedia(head: Uint8Array): ParseResult<SniffedMedia> {
  const matches = (at: number, bytes: readonly number[]) => bytes.every((b, i) => head[at + i] === b);
  for (const signature of SIGNATURES) {
    if (matches(signature.at, signature.bytes) && (!signature.also || matches(signature.also.at, signature.also.bytes))) {
      return ok({ mime: signature.mime, kind: signature.kind });
    }
  }
  const text = new TextDecoder().decode(head.slice(0, 64)).trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.startsWith('<head') || text.startsWith('<body')) {
    return fail('the server sent an HTML page, not an image or video');
  }
  if (text.startsWith('<?xml') || text.startsWith('<svg')) return fail('SVG and other XML documents are not accepted as media');
  return fail('the file is not an image or video in a known format');
}

/** Lowercase hex of a digest. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
