// Signing in Node for the app budgets: libsecp256k1 in wasm (nostr-wasm) signs ~2,000 events/s
// here, five times nostr-tools, which matters for the ~16,000 events the budgets need.
import { readFile } from 'node:fs/promises';
import { initNostrWasm } from 'nostr-wasm';
import { nsecEncode } from 'nostr-tools/nip19';

/** A signer of NIP-01 events and a maker of throwaway people (secret, hex pubkey, nsec). */
export async function createSigner() {
  const wasm = await initNostrWasm();
  return {
    person() {
      const secret = wasm.generateSecretKey();
      return { secret, pubkey: toHex(wasm.getPublicKey(secret)), nsec: nsecEncode(secret) };
    },
    sign(who, { kind, tags, content = '', created_at }) {
      const event = { kind, tags, content, created_at };
      wasm.finalizeEvent(event, who.secret);
      return event;
    },
  };
}

/** The bundled starter library: its author and events (exercises and templates), as the app ingests it. */
export async function readStarterPack(file) {
  const [header, ...lines] = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  const events = lines.map((line) => JSON.parse(line));
  return {
    pubkey: JSON.parse(header).pubkey,
    exercises: events.filter((event) => event.kind === 33401),
    templates: events.filter((event) => event.kind === 33402),
  };
}

export function tagValue(event, name) {
  return event.tags.find((tag) => tag[0] === name)?.[1];
}

export function addressOf(event) {
  return `${event.kind}:${event.pubkey}:${tagValue(event, 'd')}`;
}

function toHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
