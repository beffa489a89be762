// pack.ndjson: a header line, then one signed event per line (read by src/domain/starter-pack.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writePack(file, header, events) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, [header, ...events].map((line) => JSON.stringify(line)).join('\n') + '\n');
}

export function readPack(file) {
  const [headerLine, ...eventLines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return { header: JSON.parse(headerLine), events: eventLines.map((line) => JSON.parse(line)) };
}

/** id → sig of the events already in `file`, when it was signed by `pubkey`; empty otherwise. */
export function previousSignatures(file, pubkey) {
  if (!existsSync(file)) return new Map();
  const { header, events } = readPack(file);
  return header.pubkey === pubkey ? new Map(events.map((e) => [e.id, e.sig])) : new Map();
}
