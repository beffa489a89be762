import 'fake-indexeddb/auto';
import { npubEncode, nsecEncode } from 'nostr-tools/nip19';
import { encrypt } from 'nostr-tools/nip49';
import { generateSecretKey, getPublicKey } from 'nostr-tools/pure';
import { describe, expect, it, vi } from 'vitest';
import { KIND } from '../../domain/kinds';
import { PlatesDatabase } from '../db/database';
import { keyBridge } from '../../testing/key-bridge';
import { createAccount } from './account';
import { cacheMarkerStore, MARKER_CACHE, memoryMarkerStore, type MarkerStore } from './account-marker';

const PASSPHRASE = 'correct horse battery';
const LOGN = 4;
const RECORD = { kind: KIND.workoutRecord, tags: [['d', 'session-1']], content: '' };
const TEMPLATE = { kind: KIND.workoutTemplate, tags: [['d', 'legs']], content: '' };

let counter = 0;
function newDatabase(): PlatesDatabase {
  return new PlatesDatabase(`plates-marker-test-${process.pid}-${++counter}`);
}

describe('the account marker outside IndexedDB', () => {
  it('is written with the account, follows its backup and is removed on sign-out', async () => {
    const markers = memoryMarkerStore();
    const account = createAccount(newDatabase(), { logn: LOGN, markers });
    const before = Date.now();
    const { pubkey } = (await account.createLocalKey(PASSPHRASE)) as { pubkey: string };
    const written = markers.current();
    expect(written).toEqual({ pubkey, type: 'local', storedAt: expect.any(Number) });
    expect(written?.storedAt).toBeGreaterThanOrEqual(before);

    await account.confirmBackup();
    expect(markers.current()).toEqual({ pubkey, type: 'local', storedAt: written?.storedAt, backedUpAt: expect.any(Number) });

    await account.signOut();
    expect(markers.current()).toBeUndefined();
  });

  it('names the account when the database was lost (re-created empty) and the marker stayed', async () => {
    const markers = memoryMarkerStore();
    const { pubkey } = (await createAccount(newDatabase(), { logn: LOGN, markers }).createLocalKey(PASSPHRASE)) as { pubkey: string };

    // The browser discarded the database: a new, empty one opens beside the same marker.
    const restarted = createAccount(newDatabase(), { logn: LOGN, markers });
    expect(await restarted.state()).toEqual({ status: 'signed-out' });
    expect(await restarted.lostAccount()).toEqual({
      pubkey,
      npub: npubEncode(pubkey),
      type: 'local',
      storedAt: expect.any(Number),
      backedUp: false,
    });
  });

  it('says nothing is lost while the database holds the account, and repairs a marker missing after a crash', async () => {
    const markers = memoryMarkerStore();
    const db = newDatabase();
    const { pubkey } = (await createAccount(db, { logn: LOGN, markers }).createLocalKey(PASSPHRASE)) as { pubkey: string };
    const account = createAccount(db, { logn: LOGN, markers });
    expect(await account.lostAccount()).toBeUndefined();

    // Killed between the account row and its marker: the next start writes the marker.
    await markers.remove();
    expect(await account.lostAccount()).toBeUndefined();
    expect(markers.current()).toMatchObject({ pubkey, type: 'local' });
  });

  it('says nothing is lost on a device that never had an account', async () => {
    expect(await createAccount(newDatabase(), { markers: memoryMarkerStore() }).lostAccount()).toBeUndefined();
  });

  it('is removed when the person starts fresh, but never while an account is stored', async () => {
    const markers = memoryMarkerStore();
    const pubkey = getPublicKey(generateSecretKey());
    await createAccount(newDatabase(), { markers }).useReadOnly(pubkey);

    const fresh = createAccount(newDatabase(), { markers });
    expect(await fresh.lostAccount()).toMatchObject({ pubkey, type: 'read-only', backedUp: true });
    await fresh.forgetLostAccount();
    expect(markers.current()).toBeUndefined();
    expect(await fresh.lostAccount()).toBeUndefined();

    const db = newDatabase();
    const signedIn = createAccount(db, { markers });
    await signedIn.useReadOnly(pubkey);
    await signedIn.forgetLostAccount();
    expect(markers.current()).toMatchObject({ pubkey });
  });

  it('records how the account signs: an extension counts as backed up, and signing in again replaces the lost marker', async () => {
    const markers = memoryMarkerStore();
    const secret = generateSecretKey();
    await createAccount(newDatabase(), { markers }).useExtension(keyBridge(secret));
    expect(markers.current()).toMatchObject({ pubkey: getPublicKey(secret), type: 'extension' });

    const again = createAccount(newDatabase(), { logn: LOGN, markers });
    expect(await again.lostAccount()).toMatchObject({ type: 'extension', backedUp: true });
    const other = generateSecretKey();
    await again.importKey(nsecEncode(other), PASSPHRASE);
    expect(markers.current()).toMatchObject({ pubkey: getPublicKey(other), type: 'local', backedUpAt: expect.any(Number) });
    expect(await again.lostAccount()).toBeUndefined();
  });

  it('never stops sign-in or sign-out when the browser refuses it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: MarkerStore = {
      read: () => Promise.reject(new Error('SecurityError')),
      write: () => Promise.reject(new Error('QuotaExceededError')),
      remove: () => Promise.reject(new Error('SecurityError')),
    };
    const account = createAccount(newDatabase(), { logn: LOGN, markers: broken });
    expect(await account.createLocalKey(PASSPHRASE)).toMatchObject({ status: 'ready' });
    expect(await account.lostAccount()).toBeUndefined();
    expect(await account.signOut()).toEqual({ status: 'signed-out' });
    expect(await account.lostAccount()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^account marker: \w+ failed/));
    warn.mockRestore();
  });

  it('lives in Cache Storage under a name Workbox never cleans up, one entry per database', async () => {
    // Workbox's cleanupOutdatedCaches deletes only caches whose name contains "-precache-".
    expect(MARKER_CACHE).not.toContain('-precache-');
    const storage = fakeCacheStorage();
    const plates = cacheMarkerStore(storage, 'plates');
    const other = cacheMarkerStore(storage, 'plates-other');
    const marker = { pubkey: 'a'.repeat(64), type: 'local' as const, storedAt: 1 };
    await plates.write(marker);
    expect(await plates.read()).toEqual(marker);
    expect(await other.read()).toBeUndefined();
    await plates.remove();
    expect(await plates.read()).toBeUndefined();
    expect([...(await storage.keys())]).toEqual([MARKER_CACHE]);
  });
});

describe('backing up a new local key', () => {
  it('is required before a workout record is signed; other events are signed meanwhile', async () => {
    const db = newDatabase();
    const account = createAccount(db, { logn: LOGN, markers: memoryMarkerStore() });
    expect(await account.createLocalKey(PASSPHRASE)).toMatchObject({ status: 'ready', canSign: true, needsBackup: true });
    await expect(account.sign(RECORD)).rejects.toMatchObject({
      type: 'backup-required',
      message: expect.stringMatching(/^Back up your new key before your first workout is signed/),
    });
    await expect(account.sign(TEMPLATE)).resolves.toMatchObject({ kind: KIND.workoutTemplate });

    expect(await account.confirmBackup()).toMatchObject({ status: 'ready', needsBackup: false });
    await expect(account.sign(RECORD)).resolves.toMatchObject({ kind: KIND.workoutRecord });
    // Stored with the account: a restart keeps it.
    expect(await createAccount(db, { logn: LOGN }).state()).toMatchObject({ status: 'locked', needsBackup: false });
  });

  it('is asked of a locked key too, before its passphrase', async () => {
    const db = newDatabase();
    await createAccount(db, { logn: LOGN }).createLocalKey(PASSPHRASE);
    const restarted = createAccount(db, { logn: LOGN });
    expect(await restarted.state()).toMatchObject({ status: 'locked', needsBackup: true });
    await expect(restarted.sign(RECORD)).rejects.toMatchObject({ type: 'backup-required' });
    // The ncryptsec is stored, so a locked key can be backed up without its passphrase.
    expect(await restarted.exportEncryptedKey()).toMatch(/^ncryptsec1/);
    expect(await restarted.confirmBackup()).toMatchObject({ status: 'locked', needsBackup: false });
  });

  it('is not asked of an imported key: the person has it', async () => {
    const secret = generateSecretKey();
    for (const input of [nsecEncode(secret), encrypt(secret, PASSPHRASE, LOGN)]) {
      const account = createAccount(newDatabase(), { logn: LOGN });
      expect(await account.importKey(input, PASSPHRASE)).toMatchObject({ needsBackup: false });
      await expect(account.sign(RECORD)).resolves.toMatchObject({ kind: KIND.workoutRecord });
    }
  });

  it('is asked of a key stored before backups were recorded, and never of an extension or read-only account', async () => {
    const db = newDatabase();
    const secret = generateSecretKey();
    const pubkey = getPublicKey(secret);
    await db.settings.put({ key: 'account', value: { type: 'local', pubkey, ncryptsec: encrypt(secret, PASSPHRASE, LOGN) } });
    expect(await createAccount(db).state()).toMatchObject({ status: 'locked', needsBackup: true });

    const extension = createAccount(newDatabase());
    expect(await extension.useExtension(keyBridge(secret))).toMatchObject({ needsBackup: false });
    await expect(extension.sign(RECORD)).resolves.toMatchObject({ kind: KIND.workoutRecord });
    await expect(extension.confirmBackup()).rejects.toMatchObject({ type: 'not-local' });
    expect(await createAccount(newDatabase()).useReadOnly(pubkey)).toMatchObject({ needsBackup: false });
  });
});

/** Cache Storage as Node lacks it: named caches of responses keyed by URL. */
function fakeCacheStorage(): CacheStorage {
  const caches = new Map<string, Map<string, string>>();
  const open = async (name: string) => {
    const entries = caches.get(name) ?? new Map<string, string>();
    caches.set(name, entries);
    return {
      match: async (key: string) => {
        const body = entries.get(key);
        return body === undefined ? undefined : new Response(body);
      },
      put: async (key: string, response: Response) => {
        entries.set(key, await response.text());
      },
      delete: async (key: string) => entries.delete(key),
    } as unknown as Cache;
  };
  return { open, keys: async () => [...caches.keys()] } as unknown as CacheStorage;
}
