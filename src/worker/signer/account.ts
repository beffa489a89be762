import { npubEncode } from 'nostr-tools/nip19';
import { generateSecretKey, getPublicKey } from 'nostr-tools/pure';
import { KIND } from '../../domain/kinds';
import type { NostrEvent } from '../../domain/nostr-event';
import type { PlatesDatabase } from '../db/database';
import { WorkerFailure } from '../errors';
import { checkNewPassphrase, decryptKey, DEFAULT_LOGN, encryptKey, KEY_SECURITY } from './encrypted-key';
import { extensionPubkey, extensionSigner } from './extension-signer';
import { parsePublicKeyInput, parseSecretInput } from './key-input';
import { defaultMarkerStore, type AccountMarker, type MarkerStore } from './account-marker';
import { afterStoredVersion } from './after-stored-version';
import { localSigner } from './local-signer';
import type { EventDraft, ExtensionBridge, Signer, SignerType } from './signer';

export type AccountType = SignerType;

export type AccountState =
  | { status: 'signed-out' }
  | {
      status: 'ready' | 'locked' | 'needs-extension';
      type: AccountType;
      pubkey: string;
      npub: string;
      canSign: boolean;
      /** A local key created here and not yet backed up: its workouts are not signed until it is. */
      needsBackup: boolean;
    };

/** An account this device had (its marker outside IndexedDB says so) that the database no longer holds. */
export interface LostAccount {
  pubkey: string;
  npub: string;
  type: AccountType;
  /** When it was stored on this device (epoch ms). */
  storedAt: number;
  /** Whether the person had confirmed a backup of the key (always true for an extension or read-only account). */
  backedUp: boolean;
}

export interface Account {
  state(): Promise<AccountState>;
  createLocalKey(passphrase: string): Promise<AccountState>;
  /** nsec1…, 64 hex or ncryptsec1…; a plain key is encrypted with the passphrase, a backup is opened with it. */
  importKey(secret: string, passphrase: string): Promise<AccountState>;
  unlock(passphrase: string): Promise<AccountState>;
  exportEncryptedKey(): Promise<string>;
  /** The person saved the ncryptsec: workouts of a new local key are signed from now on. */
  confirmBackup(): Promise<AccountState>;
  /**
   * The account whose marker is present while the database holds none: the database was lost.
   * When the database does hold an account, its marker is (re)written to match and this is undefined.
   */
  lostAccount(): Promise<LostAccount | undefined>;
  /** The person starts fresh: the marker of a lost account is removed (never one of a stored account). */
  forgetLostAccount(): Promise<void>;
  useExtension(bridge: ExtensionBridge): Promise<AccountState>;
  useReadOnly(npubOrHex: string): Promise<AccountState>;
  signOut(): Promise<AccountState>;
  sign(draft: EventDraft): Promise<NostrEvent>;
  /** NIP-44 to the account's own key: what only the person's devices can read (private workouts). */
  encryptToSelf(plaintext: string): Promise<string>;
  /** Reads what `encryptToSelf` wrote, on any of the person's devices and with any signer type. */
  decryptFromSelf(ciphertext: string): Promise<string>;
}

export interface AccountOptions {
  /** scrypt cost of new NIP-49 keys; tests lower it, the product keeps the default. */
  logn?: number;
  /** Where the marker of the stored account is kept; Cache Storage by default (tests pass one in memory). */
  markers?: MarkerStore;
}

/** What is stored under settings 'account': never a plaintext secret. */
type StoredAccount =
  { type: 'local'; pubkey: string; ncryptsec: string; backedUpAt?: number } | { type: 'extension' | 'read-only'; pubkey: string };

const ACCOUNT_KEY = 'account';

/**
 * The one account of this install. The row says who it is; the decrypted key or the
 * extension bridge lives only in this worker's memory, so after a restart a local key is
 * locked and an extension account waits for the page to attach the bridge again.
 */
export function createAccount(db: PlatesDatabase, options: AccountOptions = {}): Account {
  const logn = options.logn ?? DEFAULT_LOGN;
  const markers = options.markers ?? defaultMarkerStore(db.name);
  let session: Signer | undefined;

  async function stored(): Promise<StoredAccount | undefined> {
    const row = parseStored((await db.settings.get(ACCOUNT_KEY))?.value);
    // Another tab may have signed out or changed the account since this session began.
    if (!row || session?.pubkey !== row.pubkey || session.type !== row.type) session = undefined;
    return row;
  }

  async function state(): Promise<AccountState> {
    const row = await stored();
    if (!row) return { status: 'signed-out' };
    const base = { type: row.type, pubkey: row.pubkey, npub: npubEncode(row.pubkey), needsBackup: needsBackup(row) };
    if (row.type === 'read-only') return { status: 'ready', ...base, canSign: false };
    if (session) return { status: 'ready', ...base, canSign: true };
    return { status: row.type === 'local' ? 'locked' : 'needs-extension', ...base, canSign: false };
  }

  /** The account row first, then its marker: a crash between the two leaves an account without a marker, which lostAccount repairs. */
  async function begin(row: StoredAccount, signer: Signer | undefined): Promise<AccountState> {
    await db.settings.put({ key: ACCOUNT_KEY, value: row });
    session = signer;
    await mark(row);
    return state();
  }

  /** Writes the marker of `row` unless it already says the same; keeps when it was first stored. */
  async function mark(row: StoredAccount): Promise<void> {
    await safely('write', async () => {
      const previous = await markers.read();
      const storedAt = previous?.pubkey === row.pubkey && previous.type === row.type ? previous.storedAt : Date.now();
      const next: AccountMarker = { pubkey: row.pubkey, type: row.type, storedAt };
      if (row.type === 'local' && row.backedUpAt !== undefined) next.backedUpAt = row.backedUpAt;
      if (JSON.stringify(previous) !== JSON.stringify(next)) await markers.write(next);
    });
  }

  /** An imported key counts as backed up: the person has it. */
  async function saveLocal(secret: Uint8Array, ncryptsec: string, backedUpAt?: number): Promise<AccountState> {
    const row: StoredAccount = { type: 'local', pubkey: getPublicKey(secret), ncryptsec };
    if (backedUpAt !== undefined) row.backedUpAt = backedUpAt;
    return begin(row, localSigner(secret));
  }

  async function localRow(): Promise<StoredAccount & { type: 'local' }> {
    const row = await stored();
    if (!row) throw signedOut();
    if (row.type !== 'local') throw new WorkerFailure('not-local', 'This account has no key on this device, so there is no passphrase.');
    return row;
  }

  /** Replacing a local key would lose it: the person signs out (after a backup) first. */
  async function mustBeSignedOut(exceptExtension = false): Promise<void> {
    const row = await stored();
    if (row && !(exceptExtension && row.type === 'extension')) {
      throw new WorkerFailure('signed-in', 'Sign out of the current account first.');
    }
  }

  return {
    state,

    async createLocalKey(passphrase) {
      await mustBeSignedOut();
      checkNewPassphrase(passphrase);
      const secret = generateSecretKey();
      return saveLocal(secret, encryptKey(secret, passphrase, logn, KEY_SECURITY.notHandledInsecurely));
    },

    async importKey(secretText, passphrase) {
      await mustBeSignedOut();
      const input = parseSecretInput(secretText);
      if (input.kind === 'encrypted') return saveLocal(decryptKey(input.ncryptsec, passphrase), input.ncryptsec, Date.now());
      checkNewPassphrase(passphrase);
      // A pasted plain key has been handled unencrypted, which NIP-49's key security byte records.
      return saveLocal(input.secret, encryptKey(input.secret, passphrase, logn, KEY_SECURITY.handledInsecurely), Date.now());
    },

    async unlock(passphrase) {
      const row = await localRow();
      const secret = decryptKey(row.ncryptsec, passphrase);
      if (getPublicKey(secret) !== row.pubkey) throw new WorkerFailure('invalid-key', 'The stored key does not match this account.');
      session = localSigner(secret);
      return state();
    },

    async exportEncryptedKey() {
      return (await localRow()).ncryptsec;
    },

    async confirmBackup() {
      const row = await localRow();
      if (row.backedUpAt === undefined) {
        const updated = { ...row, backedUpAt: Date.now() };
        await db.settings.put({ key: ACCOUNT_KEY, value: updated });
        await mark(updated);
      }
      return state();
    },

    async lostAccount() {
      const row = await stored();
      if (row) {
        await mark(row);
        return undefined;
      }
      const marker = await safely('read', () => markers.read());
      if (!marker) return undefined;
      return {
        pubkey: marker.pubkey,
        npub: npubEncode(marker.pubkey),
        type: marker.type,
        storedAt: marker.storedAt,
        backedUp: marker.type !== 'local' || marker.backedUpAt !== undefined,
      };
    },

    async forgetLostAccount() {
      if (await stored()) return;
      await safely('remove', () => markers.remove());
    },

    async useExtension(bridge) {
      await mustBeSignedOut(true);
      const pubkey = await extensionPubkey(bridge);
      return begin({ type: 'extension', pubkey }, extensionSigner(bridge, pubkey));
    },

    async useReadOnly(npubOrHex) {
      await mustBeSignedOut();
      return begin({ type: 'read-only', pubkey: parsePublicKeyInput(npubOrHex) }, undefined);
    },

    async signOut() {
      // The marker first: a crash between the two leaves an account without a marker (repaired at start), never a false "lost".
      await safely('remove', () => markers.remove());
      await db.settings.delete(ACCOUNT_KEY);
      session = undefined;
      return state();
    },

    async sign(draft) {
      const current = await state();
      const refusal = signingRefusal(current, draft.kind);
      if (refusal) throw refusal;
      if (current.status === 'signed-out' || !session) throw needsExtension();
      return session.sign(await afterStoredVersion(db, draft, current.pubkey));
    },

    async encryptToSelf(plaintext) {
      const signer = await cryptoSession();
      return signer.nip44Encrypt(signer.pubkey, plaintext);
    },

    async decryptFromSelf(ciphertext) {
      const signer = await cryptoSession();
      return signer.nip44Decrypt(signer.pubkey, ciphertext);
    },
  };

  /** The signer that can encrypt now, or why none can (the same refusals as signing, a backup aside). */
  async function cryptoSession(): Promise<Signer> {
    const current = await state();
    const refusal = signingRefusal(current, KIND.profile);
    if (refusal) throw refusal;
    if (!session) throw needsExtension();
    return session;
  }
}

/** Why an event of `kind` cannot be signed in this account state (in words for the person), or undefined when it can. */
export function signingRefusal(current: AccountState, kind: number): WorkerFailure | undefined {
  if (current.status === 'signed-out') return signedOut();
  if (current.type === 'read-only') {
    return new WorkerFailure('read-only', 'This account is read-only (an npub): Plates cannot publish anything for it.');
  }
  if (kind === KIND.workoutRecord && current.needsBackup) return backupRequired();
  if (current.status === 'locked') return new WorkerFailure('locked', 'Unlock your key with its passphrase to sign.');
  if (current.status === 'needs-extension') return needsExtension();
  return undefined;
}

function needsExtension(): WorkerFailure {
  return new WorkerFailure('needs-extension', 'Connect your browser extension (NIP-07) to sign.');
}

function needsBackup(row: StoredAccount): boolean {
  return row.type === 'local' && row.backedUpAt === undefined;
}

function backupRequired(): WorkerFailure {
  return new WorkerFailure(
    'backup-required',
    'Back up your new key before your first workout is signed: without a copy, a browser that loses this site’s data loses the key, and your account with it, for good.',
  );
}

/** The marker is a safety net: a browser without Cache Storage, or one refusing it, must not stop sign-in or sign-out. */
async function safely<T>(what: string, task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task();
  } catch (error) {
    console.warn(`account marker: ${what} failed: ${String(error)}`);
    return undefined;
  }
}

function signedOut(): WorkerFailure {
  return new WorkerFailure('signed-out', 'Sign in first: there is no account on this device.');
}

function parseStored(value: unknown): StoredAccount | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, pubkey, ncryptsec, backedUpAt } = value as Record<string, unknown>;
  if (typeof pubkey !== 'string' || !/^[0-9a-f]{64}$/.test(pubkey)) return undefined;
  if (type === 'local') {
    if (typeof ncryptsec !== 'string') return undefined;
    return typeof backedUpAt === 'number' ? { type, pubkey, ncryptsec, backedUpAt } : { type, pubkey, ncryptsec };
  }
  return type === 'extension' || type === 'read-only' ? { type, pubkey } : undefined;
}
