import { checkMediaUrl, sniffMedia, toHex, type MediaKind } from './media-checks';

export interface DownloadOptions {
  /** Lowercase hex sha256 the file must have (the imeta `x`), when the event gives one. */
  expectedSha256?: string;
  /** Largest accepted file for each kind of media, in bytes. */
  maxBytes: Record<MediaKind, number>;
  /** Videos are fetched only when the person asks for one. */
  allowVideo: boolean;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export interface DownloadedMedia {
  bytes: Uint8Array<ArrayBuffer>;
  mime: string;
  kind: MediaKind;
  sha256: string;
}

/**
 * `permanent`: asking again would get the same answer (not http, not an image, too big,
 * wrong hash), so it is not retried soon; otherwise (network, server error) it may be.
 */
export type DownloadResult = { ok: true; value: DownloadedMedia } | { ok: false; reason: string; permanent: boolean };

const refuse = (reason: string): DownloadResult => ({ ok: false, reason, permanent: true });
const later = (reason: string): DownloadResult => ({ ok: false, reason, permanent: false });

/**
 * Fetches one media file and checks it before anything is stored: http(s) only (also after
 * redirects), a size cap enforced while reading (a redirect to a huge file is cut off, not
 * read to the end), the type sniffed from the bytes, and the sha256 when one is expected.
 */
export async function downloadMedia(url: string, options: DownloadOptions): Promise<DownloadResult> {
  const checked = checkMediaUrl(url);
  if (!checked.ok) return refuse(checked.reason);
  const fetcher = options.fetch ?? fetch;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`no answer within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetcher(checked.value.href, {
        redirect: 'follow',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: abort.signal,
      });
    } catch (error) {
      return later(`download failed: ${abort.signal.aborted ? String(abort.signal.reason) : errorText(error)}`);
    }
    if (response.redirected && !checkMediaUrl(response.url).ok)
      return refuse(`redirected to ${response.url.slice(0, 80)}, which is not http(s)`);
    if (!response.ok) {
      const status = `download failed: HTTP ${response.status}`;
      return response.status >= 500 || response.status === 429 || response.status === 408 ? later(status) : refuse(status);
    }
    const largest = Math.max(options.maxBytes.image, options.maxBytes.video);
    const declared = Number(response.headers.get('content-length'));
    if (declared > largest) return refuse(`the file is ${formatMegabytes(declared)}, over the ${formatMegabytes(largest)} limit`);
    const read = await readCapped(response, largest, abort);
    if (!read.ok) return read.reason.startsWith('download failed') ? later(read.reason) : refuse(read.reason);
    const sniffed = sniffMedia(read.bytes.subarray(0, 64));
    if (!sniffed.ok) return refuse(sniffed.reason);
    const { kind, mime } = sniffed.value;
    if (kind === 'video' && !options.allowVideo) return refuse('videos are downloaded only when you ask to play one');
    if (read.bytes.byteLength > options.maxBytes[kind]) {
      return refuse(`the ${kind} is ${formatMegabytes(read.bytes.byteLength)}, over the ${formatMegabytes(options.maxBytes[kind])} limit`);
    }
    const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', read.bytes)));
    if (options.expectedSha256 && sha256 !== options.expectedSha256) {
      return refuse(`sha256 ${sha256} does not match the ${options.expectedSha256} the event names`);
    }
    return { ok: true, value: { bytes: read.bytes, mime, kind, sha256 } };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body chunk by chunk and stops (cancelling the download) as soon as it passes `limit`. */
async function readCapped(
  response: Response,
  limit: number,
  abort: AbortController,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: string }> {
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        abort.abort(new Error('too large'));
        return {
          ok: false,
          reason: `the file is over the ${formatMegabytes(limit)} limit (download stopped at ${formatMegabytes(total)})`,
        };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: `download failed: ${abort.signal.aborted ? String(abort.signal.reason) : errorText(error)}` };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
