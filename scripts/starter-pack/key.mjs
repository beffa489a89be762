// The pack's signing key: the pubkey is part of every exercise address, so it must stay put.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { decode } from 'nostr-tools/nip19';
import { generateSecretKey, getPublicKey } from 'nostr-tools/pure';

const HEX64 = /^[0-9a-f]{64}$/i;

/**
 * Secret key from STARTER_PACK_NSEC (nsec1… or 64 hex), else from `keyFile` (hex),
 * else a new key written to `keyFile`. Returns { secretKey, pubkey, source, generated }.
 */
export function loadSigningKey(keyFile, env = process.env) {
  const fromEnv = env.STARTER_PACK_NSEC?.trim();
  if (fromEnv) return withPubkey(parseSecret(fromEnv, 'STARTER_PACK_NSEC'), 'STARTER_PACK_NSEC', false);
  if (existsSync(keyFile)) return withPubkey(parseSecret(readFileSync(keyFile, 'utf8').trim(), keyFile), keyFile, false);
  const secretKey = generateSecretKey();
  writeFileSync(keyFile, `${bytesToHex(secretKey)}\n`, { mode: 0o600 });
  return withPubkey(secretKey, keyFile, true);
}

function parseSecret(value, origin) {
  if (value.startsWith('nsec1')) {
    const decoded = decode(value);
    if (decoded.type !== 'nsec') throw new Error(`${origin}: not an nsec`);
    return decoded.data;
  }
  if (HEX64.test(value)) return hexToBytes(value.toLowerCase());
  throw new Error(`${origin}: expected nsec1… or 64 hex characters`);
}

function withPubkey(secretKey, source, generated) {
  return { secretKey, pubkey: getPublicKey(secretKey), source, generated };
}
