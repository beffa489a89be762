import { fail, ok, type ParseResult } from './result';

/** A bundled photo whose bytes ship with the app, keyed by the imeta url it stands for. */
export interface BundledMedia {
  url: string;
  path: string;
  sha256: string;
  mime: string;
  size: number;
}

export interface StarterPackHeader {
  format: 1;
  version: string;
  pubkey: string;
  media: BundledMedia[];
}

export interface StarterPackLine {
  line: number;
  result: ParseResult<unknown>;
}

export interface StarterPack {
  header: StarterPackHeader;
  /** One entry per event line, parsed as JSON or refused with the line's reason. */
  lines: StarterPackLine[];
}

/**
 * Reads the starter pack, newline-delimited JSON: a header object on the first line,
 * then one signed event per line. One line per event means a truncated or damaged
 * file costs only the lines it damaged; every other event still loads.
 */
export function parseStarterPack(text: string): ParseResult<StarterPack> {
  const rows = text.split('\n');
  const headerResult = parseStarterPackHeader(text);
  if (!headerResult.ok) return headerResult;
  const lines: StarterPackLine[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]?.trim();
    if (!row) continue;
    try {
      lines.push({ line: i + 1, result: ok(JSON.parse(row) as unknown) });
    } catch {
      lines.push({ line: i + 1, result: fail(`line ${i + 1}: not valid JSON (truncated or damaged)`) });
    }
  }
  return ok({ header: headerResult.value, lines });
}

/** The pack's first line alone: enough to tell whether the stored library is already this version. */
export function parseStarterPackHeader(text: string): ParseResult<StarterPackHeader> {
  const end = text.indexOf('\n');
  const row = end === -1 ? text : text.slice(0, end);
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch {
    return fail('line 1: the starter pack header is not valid JSON');
  }
  const header = value as Partial<StarterPackHeader> | null;
  if (!header || header.format !== 1) return fail('line 1: unknown starter pack format');
  if (typeof header.version !== 'string' || !header.version) return fail('line 1: the header has no version');
  if (typeof header.pubkey !== 'string' || !/^[0-9a-f]{64}$/.test(header.pubkey)) {
    return fail('line 1: the header has no valid pubkey');
  }
  return ok({ format: 1, version: header.version, pubkey: header.pubkey, media: Array.isArray(header.media) ? header.media : [] });
}
