import { encodeBytes } from 'nostr-tools/nip19';
import { decrypt, encrypt } from 'nostr-tools/nip49';
import { WorkerFailure } from '../errors';
import { checkSecret } from './key-input';

export const MIN_PASSPHRASE_LENGTH = 8;
/** NIP-49's scrypt cost recommended for interactive use (64 MiB, well under a second). */
export const DEFAULT_LOGN = 16;
/** 2^20 × 1 KiB = 1 GiB, the most memory scrypt is allowed here; costlier backups cannot be opened. */
const MAX_LOGN = 20;

/** NIP-49's key security byte: whether the key is known to have been handled unencrypted. */
export const KEY_SECURITY = { handledInsecurely: 0x00, notHandledInsecurely: 0x01 } as const;

const PREFIX = 'ncryptsec1';
const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** version, log_n, salt (16), nonce (24), key security byte, ciphertext (32) and its tag (16). */
const PAYLOAD_BYTES = 91;

export function checkNewPassphrase(passphrase: string): void {
  if ([...normalise(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    throw new WorkerFailure('weak-passphrase', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

export function encryptKey(secret: Uint8Array, passphrase: string, logn: number, keySecurity: 0x00 | 0x01): string {
  return encrypt(secret, normalise(passphrase), logn, keySecurity);
}

/** Decrypts a NIP-49 backup; a damaged one is 'invalid-key', a wrong passphrase 'wrong-passphrase'. */
export function decryptKey(ncryptsec: string, passphrase: string): Uint8Array {
  checkNcryptsec(ncryptsec);
  let secret: Uint8Array;
  try {
    secret = decrypt(ncryptsec, normalise(passphrase));
  } catch {
    // The structure was checked above, so the authentication tag failed: the passphrase is wrong.
    throw new WorkerFailure('wrong-passphrase', 'That passphrase does not unlock this key.');
  }
  return checkSecret(secret);
}

/** NIP-49 asks for NFKC; nostr-tools 2.x does it too, and NFKC is idempotent, so the guarantee holds here whatever its version. */
function normalise(passphrase: string): string {
  return passphrase.normalize('NFKC');
}

function checkNcryptsec(ncryptsec: string): void {
  const bytes = payload(ncryptsec);
  if (!bytes) throw invalid('This ncryptsec is damaged or incomplete: check that it was copied whole.');
  const [version = 0, logn = 0] = bytes;
  if (version !== 0x02) throw invalid(`This ncryptsec is version ${version}; only version 2 can be opened.`);
  if (logn < 1 || logn > MAX_LOGN) throw invalid(`This ncryptsec asks for a scrypt cost (log_n ${logn}) this device cannot decrypt.`);
}

/** The bech32 payload, or undefined when the characters, length or checksum are wrong. */
function payload(ncryptsec: string): Uint8Array | undefined {
  const words = ncryptsec.slice(PREFIX.length, -6);
  if (!ncryptsec.startsWith(PREFIX) || words.length !== Math.ceil((PAYLOAD_BYTES * 8) / 5)) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of words) {
    const value = BECH32_CHARSET.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
    buffer &= (1 << bits) - 1;
  }
  const result = Uint8Array.from(bytes);
  // Encoding the payload again yields the checksum (and zero padding) a whole copy must have.
  return encodeBytes('ncryptsec', result) === ncryptsec ? result : undefined;
}

function invalid(message: string): WorkerFailure {
  return new WorkerFailure('invalid-key', message);
}
