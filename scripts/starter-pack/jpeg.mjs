// Reads a JPEG's pixel size from its SOF (start of frame) segment, without a dependency.

// SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const NOT_SOF = new Set([0xc4, 0xc8, 0xcc]);

/** Returns { width, height } of a baseline or progressive JPEG; throws on anything else. */
export function jpegDimensions(bytes) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG (no SOI marker)');
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw new Error(`JPEG marker expected at byte ${offset}`);
    const marker = bytes[offset + 1];
    // 0xFF may be repeated as fill before a marker.
    if (marker === 0xff) {
      offset++;
      continue;
    }
    // Standalone markers (TEM, RSTn) have no length field.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image / start of scan: no SOF before it
    const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
    if (marker >= 0xc0 && marker <= 0xcf && !NOT_SOF.has(marker)) {
      if (offset + 9 > bytes.length) break;
      const height = (bytes[offset + 5] << 8) | bytes[offset + 6];
      const width = (bytes[offset + 7] << 8) | bytes[offset + 8];
      return { width, height };
    }
    offset += 2 + length;
  }
  throw new Error('JPEG has no SOF segment before the image data');
}
