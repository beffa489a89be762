import { useMemo } from 'react';
import { encode } from 'uqr';

interface QrCodeProps {
  /** What the code holds: a link (nostrconnect://, https://…/pack/naddr1…). */
  value: string;
  /** What a screen reader says instead of the picture. */
  label: string;
  /** Shown size in CSS pixels (square). */
  size?: number;
}

/**
 * A QR code drawn as one SVG path of dark modules on a light square, with the quiet zone the
 * standard asks for, so a phone camera reads it in dark mode too. Medium error correction: a
 * screen's glare or a cracked glass still scans.
 */
export function QrCode({ value, label, size = 240 }: QrCodeProps) {
  const { path, modules } = useMemo(() => modulePath(value), [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** One `h1v1h-1z` square per dark module, runs on a row joined into one rectangle. */
function modulePath(value: string): { path: string; modules: number } {
  const { data, size } = encode(value, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return { path: parts.join(''), modules: size };
}
