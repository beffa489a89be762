import 'fake-indexeddb/auto';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeBytes, npubEncode, nsecEncode } from 'nostr-tools/nip19';
import { decrypt, encrypt } from 'nostr-tools/nip49';
import { finalizeEvent, generateSecretKey, getPublicKey, verifyEvent } from 'nostr-tools/pure';
import { describe, expect, it } from 'vitest';
import { PlatesDatabase } from '../db/database';
import { keyBridge } from '../../testing/key-bridge';
import { createAccount } from './account';

const PASSPHRASE = 'correct horse battery';
const LOGN = 4;
const DRAFT = { kind: 1, tags: [['t', 'squat']], content: 'Leg day.' };

let counter = 0;
function newDatabase(): PlatesDatabase {
  return new PlatesDatabase(`plates-account-test-${process.pid}-${++counter}`);
}

async function storedJson(db: PlatesDatabase): Promise<string> {
  return JSON.stringify(await db.settings.toArray());
}

describe('a local key', () => {
  it('is created ready and stored only as an ncryptsec', async () => {
    const db = newDatabase();
    const account = createAccount(db, { logn: LOGN });
    const state = await account.createLocalKey(PASSPHRASE);
    expect(state).toMatchObject({ status: 'ready', type: 'local', canSign: true });
    const ncryptsec = await account.exportEncryptedKey();
    expect(ncryptsec).toMatch(/^ncryptsec1/);
    const secret = decrypt(ncryptsec, PASSPHRASE);
    expect(state).toMatchObject({ pubkey: getPublicKey(secret) });
    const json = await storedJson(db);
    expect(json).toContain(ncryptsec);
    expect(json).not.toContain(bytesToHex(secret));
    expect(json).not.toContain(nsecEncode(secret));
  });

  it('is locked in a new session; a wrong passphrase leaves it locked, the right one unlocks it', async () => {
    const db = newDatabase();
    const { pubkey } = (await createAccount(db, { logn: LOGN }).createLocalKey(PASSPHRASE)) as { pubkey: string };
    const restarted = createAccount(db, { logn: LOGN });
    expect(await restarted.state()).toMatchObject({ status: 'locked', type: 'local', pubkey, canSign: false });
    await expect(restarted.sign(DRAFT)).rejects.toMatchObject({ type: 'locked' });
    await expect(restarted.unlock('not the passphrase')).rejects.toMatchObject({
      type: 'wrong-passphrase',
      message: 'That passphrase does not unlock this key.',
    });
    expect(await restarted.state()).toMatchObject({ status: 'locked' });
    expect(await restarted.unlock(PASSPHRASE)).toMatchObject({ status: 'ready', canSign: true });
    const event = await restarted.sign(DRAFT);
    expect(event).toMatchObject({ ...DRAFT, pubkey });
    expect(verifyEvent({ ...event })).toBe(true);
  });

  it('normalises the passphrase to NFKC (NIP-49)', async () => {
    const db = newDatabase();
    await createAccount(db, { logn: LOGN }).createLocalKey('ｐａｓｓｗｏｒｄ１２');
    expect(await createAccount(db).unlock('password12')).toMatchObject({ status: 'ready' });
  });

  it('refuses a passphrase under 8 characters', async () => {
    const account = createAccount(newDatabase(), { logn: LOGN });
    await expect(account.createLocalKey('short')).rejects.toMatchObject({ type: 'weak-passphrase' });
    expect(await account.state()).toEqual({ status: 'signed-out' });
  });
});

describe('importing a key', () => {
  const secret = generateSecretKey();
  const pubkey = getPublicKey(secret);

  it.each([
    ['an nsec', nsecEncode(secret)],
    ['64 hex characters', bytesToHex(secret)],
    ['uppercase hex with spaces around', `  ${bytesToHex(secret).toUpperCase()}\n`],
  ])('accepts %s and stores it encrypted', async (_label, input) => {
    const db = newDatabase();
    const account = createAccount(db, { logn: LOGN });
    expect(await account.importKey(input, PASSPHRASE)).toMatchObject({ status: 'ready', type: 'local', pubkey });
    expect(decrypt(await account.exportEncryptedKey(), PASSPHRASE)).toEqual(secret);
    const json = await storedJson(db);
    expect(json).not.toContain(bytesToHex(secret));
    expect(json).not.toContain(nsecEncode(secret));
  });

  it('opens an ncryptsec backup with its passphrase and keeps it as it is', async () => {
    const backup = encrypt(secret, 'backup passphrase', LOGN);
    const account = createAccount(newDatabase(), { logn: LOGN });
    await expect(account.importKey(backup, 'wrong passphrase')).rejects.toMatchObject({ type: 'wrong-passphrase' });
    expect(await account.state()).toEqual({ status: 'signed-out' });
    expect(await account.importKey(backup, 'backup passphrase')).toMatchObject({ status: 'ready', pubkey });
    expect(await account.exportEncryptedKey()).toBe(backup);
  });

  it.each([
    ['a damaged nsec', nsecEncode(secret).slice(0, -1) + (nsecEncode(secret).endsWith('q') ? 'p' : 'q'), /nsec is damaged/],
    ['a cut ncryptsec', encrypt(secret, PASSPHRASE, LOGN).slice(0, -3), /ncryptsec is damaged/],
    ['an npub', 'npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6', /public key \(npub\)/],
    ['63 hex characters', bytesToHex(secret).slice(1), /Paste an nsec1/],
    ['the zero key', '0'.repeat(64), /out of range/],
  ])('refuses %s as invalid-key', async (_label, input, message) => {
    const account = createAccount(newDatabase(), { logn: LOGN });
    await expect(account.importKey(input, PASSPHRASE)).rejects.toMatchObject({
      type: 'invalid-key',
      message: expect.stringMatching(message),
    });
  });

  it('refuses an ncryptsec whose scrypt cost this device cannot pay', async () => {
    // version 2, log_n 21, then salt, nonce, key security byte and ciphertext (their values do not matter here).
    const costly = encodeBytes('ncryptsec', Uint8Array.from([2, 21, ...new Array<number>(89).fill(0)]));
    await expect(createAccount(newDatabase()).importKey(costly, PASSPHRASE)).rejects.toMatchObject({
      type: 'invalid-key',
      message: expect.stringMatching(/log_n 21/),
    });
  });
});

describe('a read-only account', () => {
  const pubkey = getPublicKey(generateSecretKey());

  it('is ready but cannot sign', async () => {
    const account = createAccount(newDatabase());
    const state = await account.useReadOnly(pubkey);
    expect(state).toMatchObject({ status: 'ready', type: 'read-only', pubkey, npub: npubEncode(pubkey), canSign: false });
    await expect(account.sign(DRAFT)).rejects.toMatchObject({ type: 'read-only' });
    await account.signOut();
    expect(await account.useReadOnly(npubEncode(pubkey))).toMatchObject({ pubkey });
  });

  it('refuses a damaged npub and a secret key', async () => {
    const account = createAccount(newDatabase());
    await expect(account.useReadOnly('npub1qqqq')).rejects.toMatchObject({
      type: 'invalid-key',
      message: expect.stringMatching(/npub is damaged/),
    });
    await expect(account.useReadOnly(nsecEncode(generateSecretKey()))).rejects.toMatchObject({
      type: 'invalid-key',
      message: expect.stringMatching(/secret key/),
    });
  });

  it('must be signed out of before another account is used', async () => {
    const account = createAccount(newDatabase(), { logn: LOGN });
    await account.useReadOnly(pubkey);
    await expect(account.createLocalKey(PASSPHRASE)).rejects.toMatchObject({ type: 'signed-in' });
  });
});

describe('an extension account', () => {
  const secret = generateSecretKey();
  const pubkey = getPublicKey(secret);

  it('signs through the bridge and needs it again after a restart', async () => {
    const db = newDatabase();
    const account = createAccount(db);
    expect(await account.useExtension(keyBridge(secret))).toMatchObject({ status: 'ready', type: 'extension', pubkey, canSign: true });
    const event = await account.sign(DRAFT);
    expect(event).toMatchObject({ ...DRAFT, pubkey });
    expect(verifyEvent({ ...event })).toBe(true);

    const restarted = createAccount(db);
    expect(await restarted.state()).toMatchObject({ status: 'needs-extension', canSign: false });
    await expect(restarted.sign(DRAFT)).rejects.toMatchObject({ type: 'needs-extension' });
    expect(await restarted.useExtension(keyBridge(secret))).toMatchObject({ status: 'ready' });
  });

  it.each([
    [
      'signs with another key',
      () => ({ ...finalizeEvent({ kind: 1, tags: DRAFT.tags, content: DRAFT.content, created_at: 1 }, generateSecretKey()) }),
      /different key/,
    ],
    ['changes the content', (e: Record<string, unknown>) => ({ ...e, content: 'Something else.' }), /differ from what was asked/],
    ['returns a bad signature', (e: Record<string, unknown>) => ({ ...e, sig: '0'.repeat(128) }), /does not verify/],
    ['returns no event', () => 'ok', /not a valid event/],
  ])('is refused when the extension %s', async (_label, tamper, message) => {
    const account = createAccount(newDatabase());
    await account.useExtension(keyBridge(secret, tamper));
    await expect(account.sign(DRAFT)).rejects.toMatchObject({ type: 'extension-untrusted', message: expect.stringMatching(message) });
  });

  it('refuses a bridge that answers with something other than a public key', async () => {
    const account = createAccount(newDatabase());
    await expect(account.useExtension({ ...keyBridge(secret), getPublicKey: async () => 'npub1…' })).rejects.toMatchObject({
      type: 'invalid-key',
    });
    expect(await account.state()).toEqual({ status: 'signed-out' });
  });
});

describe('signing out', () => {
  it('removes the stored account', async () => {
    const db = newDatabase();
    const account = createAccount(db, { logn: LOGN });
    await account.createLocalKey(PASSPHRASE);
    expect(await account.signOut()).toEqual({ status: 'signed-out' });
    expect(await db.settings.get('account')).toBeUndefined();
    await expect(account.sign(DRAFT)).rejects.toMatchObject({ type: 'signed-out' });
    await expect(account.exportEncryptedKey()).rejects.toMatchObject({ type: 'signed-out' });
  });
});

describe('signing a new version of an addressable event', () => {
  const TEMPLATE = {
    kind: 33402,
    tags: [
      ['d', 'legs'],
      ['title', 'Legs'],
    ],
    content: '',
  };

  it('dates it after the stored version and a deletion of its address, so the edit always wins', async () => {
    const db = newDatabase();
    const account = createAccount(db, { logn: LOGN });
    const { pubkey } = (await account.createLocalKey(PASSPHRASE)) as { pubkey: string };
    const now = Math.floor(Date.now() / 1000);
    const first = await account.sign({ ...TEMPLATE, created_at: now });
    expect(first.created_at).toBe(now);
    await db.events.put({ ...first, address: `33402:${pubkey}:legs`, tagKeys: [], receivedAt: Date.now(), source: 'user' });

    // Edited within the same second: a tie would go to the lowest id, so it is dated one second on.
    expect((await account.sign({ ...TEMPLATE, created_at: now })).created_at).toBe(now + 1);
    await db.deletions.put({ target: `33402:${pubkey}:legs`, pubkey, deletedAt: now + 5, deletionId: 'f'.repeat(64) });
    expect((await account.sign({ ...TEMPLATE, created_at: now })).created_at).toBe(now + 6);
    // Kinds that are not replaced keep the time they were given.
    expect((await account.sign({ ...DRAFT, created_at: now - 60 })).created_at).toBe(now - 60);
  });
});
