import type { NostrEvent } from '../../domain/nostr-event';
import type { Account, AccountState, LostAccount } from '../signer/account';
import type { EventDraft, ExtensionBridge } from '../signer/signer';

export interface AccountHandlers {
  getAccount(args?: Record<string, never>): Promise<AccountState>;
  createLocalKey(args: { passphrase: string }): Promise<AccountState>;
  /** secret: nsec1…, 64 hex or ncryptsec1…; a plain key is encrypted with the passphrase, a backup opened with it. */
  importKey(args: { secret: string; passphrase: string }): Promise<AccountState>;
  unlockKey(args: { passphrase: string }): Promise<AccountState>;
  /** The stored NIP-49 ncryptsec, for a backup. */
  exportEncryptedKey(args?: Record<string, never>): Promise<string>;
  /** The person saved the backup of a new local key: its workouts are signed from now on. */
  confirmBackup(args?: Record<string, never>): Promise<AccountState>;
  /** At start: the account this device had when the database lost it (its marker outside IndexedDB), else undefined. */
  getLostAccount(args?: Record<string, never>): Promise<LostAccount | undefined>;
  /** Start fresh after a lost database: the lost account's marker is removed. */
  forgetLostAccount(args?: Record<string, never>): Promise<void>;
  /**
   * Over comlink, pass the whole argument through comlink.proxy (`proxy({ bridge })`): comlink
   * proxies only top-level arguments, and a function inside a plain object cannot be cloned.
   */
  useExtension(args: { bridge: ExtensionBridge }): Promise<AccountState>;
  useReadOnly(args: { npub: string }): Promise<AccountState>;
  signOut(args?: Record<string, never>): Promise<AccountState>;
  signEvent(args: { draft: EventDraft }): Promise<NostrEvent>;
}

/**
 * `onCanSign` runs when a change leaves the account able to sign (unlocked, imported, backed up,
 * an extension connected): work that waited for a signature, such as an import, carries on.
 */
export function accountHandlers(account: Account, onCanSign: () => void = () => undefined): AccountHandlers {
  const signing = async (change: Promise<AccountState>): Promise<AccountState> => {
    const state = await change;
    if (state.status === 'ready' && state.canSign) onCanSign();
    return state;
  };
  return {
    getAccount: () => account.state(),
    createLocalKey: ({ passphrase }) => signing(account.createLocalKey(passphrase)),
    importKey: ({ secret, passphrase }) => signing(account.importKey(secret, passphrase)),
    unlockKey: ({ passphrase }) => signing(account.unlock(passphrase)),
    exportEncryptedKey: () => account.exportEncryptedKey(),
    confirmBackup: () => signing(account.confirmBackup()),
    getLostAccount: () => account.lostAccount(),
    forgetLostAccount: () => account.forgetLostAccount(),
    useExtension: ({ bridge }) => signing(account.useExtension(bridge)),
    useReadOnly: ({ npub }) => account.useReadOnly(npub),
    signOut: () => account.signOut(),
    signEvent: ({ draft }) => account.sign(draft),
  };
}
