import { create } from 'zustand';
import { extensionBridgeArgs, hasExtension } from '../lib/extension-signer';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { AccountState, WorkerError } from '../worker/api';

export type AccountAction = 'create' | 'import' | 'unlock' | 'extension' | 'read-only' | 'sign-out' | 'export';

interface AccountStore {
  /** Undefined until the worker has been asked. */
  account?: AccountState;
  /** The action under way; forms are disabled meanwhile. */
  busy?: AccountAction;
  error?: WorkerError;
  /** Set when a key was just created here and not yet backed up, so the screen offers a backup at once. */
  offerBackup: boolean;
  refresh(): Promise<void>;
  createLocalKey(passphrase: string): Promise<boolean>;
  importKey(secret: string, passphrase: string): Promise<boolean>;
  unlock(passphrase: string): Promise<boolean>;
  connectExtension(): Promise<boolean>;
  signInReadOnly(npub: string): Promise<boolean>;
  signOut(): Promise<boolean>;
  /** The NIP-49 ncryptsec of a local key, for a backup; undefined on failure (see error). */
  exportEncryptedKey(): Promise<string | undefined>;
  clearError(): void;
}

export const useAccountStore = create<AccountStore>((set, get) => {
  /** Runs one worker call with the busy flag and error; true when it succeeded. */
  async function run<T>(action: AccountAction, call: () => Promise<T>, done: (result: T) => void): Promise<boolean> {
    set({ busy: action, error: undefined });
    try {
      done(await call());
      return true;
    } catch (error) {
      set({ error: asWorkerError(error) });
      return false;
    } finally {
      set({ busy: undefined });
    }
  }
  /** A call that answers with the new account state; `also` is set with it on success. */
  const change = (action: AccountAction, call: () => Promise<AccountState>, also: Partial<AccountStore> = {}) =>
    run(action, call, (account) => {
      set({ account, ...also });
      // An existing account signed in here: its relay list, follows and past workouts are fetched now.
      if (action === 'import' || action === 'extension' || action === 'read-only')
        void workerApi()
          .loadStartup({})
          .catch(() => undefined);
    });

  return {
    offerBackup: false,

    async refresh() {
      try {
        set({ account: await workerApi().getAccount({}) });
      } catch (error) {
        set({ error: asWorkerError(error) });
      }
      // The bridge lives in the page, so a new page attaches it again.
      if (get().account?.status === 'needs-extension' && hasExtension()) await get().connectExtension();
    },

    createLocalKey: (passphrase) => change('create', () => workerApi().createLocalKey({ passphrase }), { offerBackup: true }),
    importKey: (secret, passphrase) => change('import', () => workerApi().importKey({ secret, passphrase })),
    unlock: (passphrase) => change('unlock', () => workerApi().unlockKey({ passphrase })),
    connectExtension: () => change('extension', () => workerApi().useExtension(extensionBridgeArgs())),
    signInReadOnly: (npub) => change('read-only', () => workerApi().useReadOnly({ npub })),
    signOut: () => change('sign-out', () => workerApi().signOut({}), { offerBackup: false }),

    async exportEncryptedKey() {
      let ncryptsec: string | undefined;
      await run(
        'export',
        () => workerApi().exportEncryptedKey({}),
        (value) => {
          ncryptsec = value;
          set({ offerBackup: false });
        },
      );
      return ncryptsec;
    },

    clearError: () => set({ error: undefined }),
  };
});
