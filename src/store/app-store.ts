import { create } from 'zustand';
import { queryClient } from '../lib/query/client';
import { relayOverride } from '../lib/relay-override';
import { errorMessage, listen, startWorkerClient } from '../lib/worker-client';
import { usePreferencesStore } from './preferences-store';
import type { StarterPackReport } from '../worker/api';
import { useAccountStore } from './account-store';
import { followInvalidation } from './invalidation';
import { followOtherTabs } from './other-tabs';
import { useLibraryStore } from './library-store';
import { exercisesQuery } from './queries/library-queries';
import { useSyncStore } from './sync-store';

export type BootState = { phase: 'starting'; detail: string } | { phase: 'ready' } | { phase: 'failed'; reason: string };

interface AppState {
  boot: BootState;
  starterPack?: StarterPackReport;
  /** Set when the starter library could not be (re)loaded; the app still runs. */
  starterPackProblem?: string;
  /** Applies a waiting service worker update; set while one waits. */
  applyUpdate?: () => void;
  start(): Promise<void>;
  offerUpdate(apply: () => void): void;
}

const WORKER_START_TIMEOUT_MS = 20_000;

export const useAppStore = create<AppState>((set, get) => ({
  boot: { phase: 'starting', detail: 'Opening your library…' },

  async start() {
    const fail = (reason: string) => set({ boot: { phase: 'failed', reason } });
    const api = startWorkerClient(fail);
    // Every query the views read is re-read from here on when the worker says its data changed.
    followInvalidation();
    followOtherTabs();
    listen((event) => {
      if (event.type !== 'starter-pack-progress' || get().boot.phase !== 'starting') return;
      const { phase, done, total } = event.payload;
      if (phase === 'ingesting') set({ boot: { phase: 'starting', detail: `Preparing the exercise library… ${done} of ${total}` } });
    });
    try {
      const status = await withTimeout(api.startWorker({ relayUrls: relaysFromUrl() }), WORKER_START_TIMEOUT_MS);
      useSyncStore.getState().relaysConfigured(status.relayUrls);
      // Boot marks for `npm run bench`'s cold start: where the time to the first results goes.
      performance.mark('plates:worker-started');
    } catch (error) {
      return fail(`The data worker did not start: ${errorMessage(error)}`);
    }
    // A database the browser lost (re-created empty) while this device had an account: its marker outside
    // IndexedDB says so, and the recovery screen shows instead of a silently signed-out app. Checked beside
    // the first reads (it is known before the app shows), not before them.
    const lostChecked = api
      .getLostAccount({})
      .then((lost) => {
        if (lost) useAccountStore.getState().lostFound(lost);
      })
      .catch(() => undefined);
    // The library is the first screen: its list is read while the starter pack is checked, not after.
    if (location.pathname === '/') void queryClient.fetch(exercisesQuery, useLibraryStore.getState().filters);
    // Re-attaches a NIP-07 extension account: its bridge lives in the page, so every new page attaches it again.
    void useAccountStore.getState().refresh();
    void usePreferencesStore.getState().load();
    try {
      // From the app's base, whatever the path the app was opened at (a shared link as the first visit).
      const url = new URL(`${import.meta.env.BASE_URL}starter-pack/pack.ndjson`, location.origin).href;
      const report = await api.ensureStarterPack({ url });
      set({ starterPack: report });
    } catch (error) {
      set({ starterPackProblem: errorMessage(error) });
    }
    performance.mark('plates:starter-pack-checked');
    await lostChecked;
    if (get().boot.phase === 'starting') set({ boot: { phase: 'ready' } });
    // Database first: what is fresh is not asked for; offline this returns at once and refreshes when a relay connects.
    void api.loadStartup({}).catch(() => undefined);
  },

  offerUpdate(apply) {
    set({ applyUpdate: apply });
  },
}));

/** `?relay=` of the local setup (see lib/relay-override): saved in the database by the worker, removed from the address bar. */
function relaysFromUrl(): string[] | undefined {
  const { relays, cleaned } = relayOverride(new URL(location.href));
  if (cleaned !== undefined) history.replaceState(null, '', cleaned);
  return relays;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(errorMessage(error)));
      },
    );
  });
}
