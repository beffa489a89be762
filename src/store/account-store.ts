import { create } from 'zustand';
import { extensionBridgeArgs, hasExtension } from '../lib/extension-signer';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { AccountState, LostAccount, WorkerError } from '../worker/api';

export type AccountAction =
  'create' | 'import' | 'unlock' | 'extension' | 'read-only' | 'sign-out' | 'export' | 'backup' | 'forget-lost' | 'bring-back';

/** What bringing back own workouts from relays found: how many are on this device now, and whether a relay answered. */
export interface BringBackReport {
  workouts: number;
  /** No relay answered in time: the rest comes when one connects. */
  relaysReached: boolean;
}

interface AccountStore {
  /** Undefined until the worker has been asked. */
  account?: AccountState;
  /** The action under way; forms are disabled meanwhile. */
  busy?: AccountAction;
  error?: WorkerError;
  /** Set when a key was just created here: the create flow goes on into its backup step (until saved or put off). */
  offerBackup: boolean;
  /**
   * Set at start when the browser lost the database of an account this device had (its marker
   * outside IndexedDB says so): the app shows the recovery screen until the person chooses.
   */
  lost?: LostAccount;
  refresh(): Promise<void>;
  createLocalKey(passphrase: string): Promise<boolean>;
  importKey(secret: string, passphrase: string): Promise<boolean>;
  unlock(passphrase: string): Promise<boolean>;
  connectExtension(): Promise<boolean>;
  signInReadOnly(npub: string): Promise<boolean>;
  signOut(): Promise<boolean>;
  /** The NIP-49 ncryptsec of a local key, for a backup; undefined on failure (see error). */
  exportEncryptedKey(): Promise<string | undefined>;
  /** The person saved the backup of a new local key. */
  confirmBackup(): Promise<boolean>;
  /** The new key's backup is put off: the Account screen keeps reminding. */
  postponeBackup(): void;
  /** The worker found a lost database at start. */
  lostFound(lost: LostAccount): void;
  /** Start fresh: the lost account's marker is removed and the app opens signed out. */
  forgetLost(): Promise<boolean>;
  /** After signing in again: the person's own workouts, templates and exercises from their relays. */
  bringBack(): Promise<BringBackReport | undefined>;
  /** Leaves the recovery screen (after signing in again). */
  recoveryDone(): void;
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
    confirmBackup: () => change('backup', () => workerApi().confirmBackup({}), { offerBackup: false }),
    postponeBackup: () => set({ offerBackup: false }),

    lostFound: (lost) => set({ lost }),
    forgetLost: () =>
      run(
        'forget-lost',
        () => workerApi().forgetLostAccount({}),
        () => set({ lost: undefined }),
      ),
    async bringBack() {
      let report: BringBackReport | undefined;
      await run(
        'bring-back',
        async () => {
          const api = workerApi();
          // The loader asks the relays for what is stale: after a lost database, all of the person's own work.
          const { outcomes } = await api.loadStartup({});
          const days = await api.listWorkoutDays({ from: 0, to: Number.MAX_SAFE_INTEGER });
          return { workouts: days.length, relaysReached: (outcomes.refreshed ?? 0) + (outcomes.hit ?? 0) > 0 };
        },
        (value) => {
          report = value;
        },
      );
      return report;
    },
    recoveryDone: () => set({ lost: undefined }),

    async exportEncryptedKey() {
      let ncryptsec: string | undefined;
      await run(
        'export',
        () => workerApi().exportEncryptedKey({}),
        (value) => {
          ncryptsec = value;
        },
      );
      return ncryptsec;
    },

    clearError: () => set({ error: undefined }),
  };
});
