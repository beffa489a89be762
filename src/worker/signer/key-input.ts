import { hexToBytes } from '@noble/hashes/utils.js';
import { decode } from 'nostr-tools/nip19';
import { getPublicKey } from 'nostr-tools/pure';
import { WorkerFailure } from '../errors';

/** A pasted secret: a plain key (nsec or hex), or a NIP-49 backup still to decrypt. */
export type SecretInput = { kind: 'plain'; secret: Uint8Array } | { kind: 'encrypted'; ncryptsec: string };

const HEX64 = /^[0-9a-f]{64}$/;

export function parseSecretInput(input: string): SecretInput {
  const text = input.trim().toLowerCase();
  if (text.startsWith('ncryptsec1')) return { kind: 'encrypted', ncryptsec: text };
  if (text.startsWith('nsec1')) return { kind: 'plain', secret: checkSecret(decodeBech32(text, 'nsec')) };
  if (HEX64.test(text)) return { kind: 'plain', secret: checkSecret(hexToBytes(text)) };
  if (text.startsWith('npub1')) {
    throw invalid('That is a public key (npub), which cannot sign. To follow an account without signing, choose Read-only.');
  }
  throw invalid('Paste an nsec1… key, a 64-character hex secret key or an ncryptsec1… backup.');
}

/** A public key for a read-only account: npub or 64 hex characters; returns lowercase hex. */
export function parsePublicKeyInput(input: string): string {
  const text = input.trim().toLowerCase();
  if (text.startsWith('npub1')) return decodeBech32(text, 'npub');
  if (HEX64.test(text)) return text;
  if (text.startsWith('nsec1') || text.startsWith('ncryptsec1')) {
    throw invalid('That is a secret key. Import it as a key instead, so that it is stored encrypted; read-only needs the npub.');
  }
  throw invalid('Paste an npub1… or a 64-character hex public key.');
}

/** A 32-byte secret must also be a valid secp256k1 scalar (not 0, below the group order). */
export function checkSecret(secret: Uint8Array): Uint8Array {
  try {
    if (secret.length === 32) {
      getPublicKey(secret);
      return secret;
    }
  } catch {
    // fall through to the one message below
  }
  throw invalid('This secret key is out of range: it cannot be a Nostr key.');
}

function decodeBech32(text: string, expected: 'nsec'): Uint8Array;
function decodeBech32(text: string, expected: 'npub'): string;
function decodeBech32(text: string, expected: 'nsec' | 'npub'): Uint8Array | string {
  try {
    const decoded = decode(text);
    if (decoded.type === expected) return decoded.data;
  } catch {
    // a checksum or length error: reported below
  }
  throw invalid(`This ${expected} is damaged or incomplete: check that it was copied whole.`);
}

function invalid(message: string): WorkerFailure {
  return new WorkerFailure('invalid-key', message);
}
