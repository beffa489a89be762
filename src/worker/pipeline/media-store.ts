import type { ParseResult } from '../../domain/result';
import type { PlatesDatabase } from '../db/database';

export interface MediaToStore {
  url: string;
  sha256: string;
  mime: string;
}

/**
 * Downloads a media file from `fetchUrl`, checks its sha256 against the expected one and
 * stores it under `item.url`. A mismatch is refused and nothing is stored.
 */
export async function storeVerifiedMedia(db: PlatesDatabase, item: MediaToStore, fetchUrl: string): Promise<ParseResult<number>> {
  let response: Response;
  try {
    response = await fetch(fetchUrl);
  } catch (error) {
    return { ok: false, reason: `download failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!response.ok) return { ok: false, reason: `download failed: HTTP ${response.status}` };
  const bytes = await response.arrayBuffer();
  const digest = await sha256Hex(bytes);
  if (digest !== item.sha256) return { ok: false, reason: `sha256 ${digest} does not match the expected ${item.sha256}` };
  const blob = new Blob([bytes], { type: item.mime });
  await db.media.put({ url: item.url, blob, mime: item.mime, size: bytes.byteLength, sha256: digest, storedAt: Date.now() });
  return { ok: true, value: bytes.byteLength };
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
