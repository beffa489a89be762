import { create } from 'zustand';
import { errorMessage, listen, workerApi } from '../lib/worker-client';
import type { TemplateOfflineState } from '../worker/api';

interface OfflineState {
  address?: string;
  state?: TemplateOfflineState;
  busy?: 'saving' | 'releasing';
  error?: string;
  open(address: string): Promise<void>;
  /** Stores the template's photos and pins it with its exercises for use without a network. */
  keep(): Promise<void>;
  release(): Promise<void>;
}

/** "Available offline" of the template on screen. */
export const useOfflineStore = create<OfflineState>((set, get) => {
  async function run(busy: NonNullable<OfflineState['busy']>, call: (address: string) => Promise<TemplateOfflineState>) {
    const address = get().address;
    if (!address) return;
    set({ busy, error: undefined });
    try {
      const state = await call(address);
      if (get().address === address) set({ state });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ busy: undefined });
    }
  }

  return {
    async open(address) {
      if (get().address !== address) set({ address, state: undefined, error: undefined });
      try {
        const state = await workerApi().getTemplateOffline({ address });
        if (get().address === address) set({ state });
      } catch (error) {
        if (get().address === address) set({ error: errorMessage(error) });
      }
    },
    keep: () => run('saving', (address) => workerApi().makeTemplateOffline({ address })),
    release: () => run('releasing', (address) => workerApi().releaseTemplateOffline({ address })),
  };
});

/** Re-reads the counts when a photo is stored or evicted; returns the unsubscribe. */
export function followOfflineChanges(): () => void {
  return listen((event) => {
    const { address, busy } = useOfflineStore.getState();
    if (address && !busy && (event.type === 'media-stored' || event.type === 'storage-evicted'))
      void useOfflineStore.getState().open(address);
  });
}
