import { schnorr } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { initNostrWasm } from 'nostr-wasm';
import { verifyEvent } from 'nostr-tools/pure';
import type { NostrEvent } from '../../src/domain/nostr-event';

/** Every verifier the bench compares, each checking the NIP-01 id and the Schnorr signature. */
export async function benchVerifiers(): Promise<Record<string, (event: NostrEvent) => boolean>> {
  const wasm = await initNostrWasm();
  return {
    'nostr-wasm': (event) => {
      try {
        wasm.verifyEvent(event);
        return true;
      } catch {
        return false;
      }
    },
    '@noble/curves': (event) => {
      const serialized = JSON.stringify([0, event.pubkey, event.created_at, event.kind, event.tags, event.content]);
      const id = sha256(utf8ToBytes(serialized));
      if (bytesToHex(id) !== event.id) return false;
      return schnorr.verify(hexToBytes(event.sig), id, hexToBytes(event.pubkey));
    },
    'nostr-tools': (event) => verifyEvent({ ...event }),
  };
}
