import { create } from 'zustand';
import { queryClient } from '../lib/query/client';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { TemplateOfflineState, WorkerError } from '../worker/api';
import { templateOfflineQuery } from './queries/template-queries';

interface OfflineState {
  busy?: 'saving' | 'releasing';
  error?: WorkerError;
  /** Stores the template's photos and pins it with its exercises for use without a network. */
  keep(address: string): Promise<void>;
  release(address: string): Promise<void>;
}

/** "Available offline" of a template: the actions; what is stored is `templateOfflineQuery`. */
export const useOfflineStore = create<OfflineState>((set) => {
  async function run(busy: NonNullable<OfflineState['busy']>, address: string, call: () => Promise<TemplateOfflineState>) {
    set({ busy, error: undefined });
    try {
      queryClient.set(templateOfflineQuery, address, await call());
    } catch (error) {
      set({ error: asWorkerError(error) });
    } finally {
      set({ busy: undefined });
    }
  }

  return {
    keep: (address) => run('saving', address, () => workerApi().makeTemplateOffline({ address })),
    release: (address) => run('releasing', address, () => workerApi().releaseTemplateOffline({ address })),
  };
});
