import { create } from 'zustand';
import type { WeightUnit } from '../domain/units';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { WorkerError } from '../worker/api';

interface PreferencesState {
  /** How weights are shown and typed everywhere; stored weights are always kg. */
  units: WeightUnit;
  error?: WorkerError;
  load(): Promise<void>;
  setUnits(units: WeightUnit): Promise<void>;
}

/** The person's preferences, read from the worker at boot and changed from Settings. */
export const usePreferencesStore = create<PreferencesState>((set) => ({
  units: 'kg',
  async load() {
    try {
      set({ units: (await workerApi().getPreferences()).units, error: undefined });
    } catch (error) {
      set({ error: asWorkerError(error) });
    }
  },
  async setUnits(units) {
    try {
      set({ units: (await workerApi().setUnits({ units })).units, error: undefined });
    } catch (error) {
      set({ error: asWorkerError(error) });
    }
  },
}));
