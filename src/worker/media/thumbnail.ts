/** Longest side of a list thumbnail in CSS pixels × 2 for sharp phones. */
const THUMBNAIL_SIDE = 192;

export type DecodeResult = { ok: true; thumbnail?: Blob } | { ok: false; reason: string };

/**
 * Decodes an image off the main thread and makes a small WebP of it for lists. A file that
 * sniffs as an image but does not decode is refused as corrupt. Where the thread cannot
 * decode images (Node tests), the image is kept without a thumbnail.
 */
export async function makeThumbnail(blob: Blob): Promise<DecodeResult> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas === 'undefined') return { ok: true };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return { ok: false, reason: 'the image is damaged: it could not be decoded' };
  }
  try {
    const scale = Math.min(1, THUMBNAIL_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return { ok: true };
    context.drawImage(bitmap, 0, 0, width, height);
    return { ok: true, thumbnail: await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 }) };
  } finally {
    bitmap.close();
  }
}
