import { create } from 'zustand';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { queryClient } from '../lib/query/client';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { WorkerApi, WorkerError } from '../worker/api';
import { invalidate } from './invalidation';
import { storageQuery } from './queries/sync-queries';

export type StorageState = Awaited<ReturnType<WorkerApi['getStorageBudget']>>;

export type ImportReport = Awaited<ReturnType<WorkerApi['importEventsFile']>>;

export interface ExportFile {
  blob: Blob;
  filename: string;
  count: number;
}

/** Settings' actions and their state; the storage figures are `storageQuery`. */
interface SettingsState {
  /** The answer to the last "Request persistent storage". */
  persistAnswer?: 'granted' | 'refused';
  storageError?: WorkerError;
  savingBudget: boolean;
  exporting: boolean;
  exported?: ExportFile;
  exportError?: WorkerError;
  exportingCsv: boolean;
  exportedCsv?: ExportFile;
  csvExportError?: WorkerError;
  importing: boolean;
  imported?: { fileName: string; report: ImportReport };
  importError?: WorkerError;
  requestPersistence(): Promise<void>;
  setBudget(bytes: number): Promise<void>;
  exportEvents(): Promise<void>;
  /** The person's workouts as Strong's CSV export, for other apps to import. */
  exportWorkoutsCsv(): Promise<void>;
  importFile(file: File): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  savingBudget: false,
  exporting: false,
  exportingCsv: false,
  importing: false,

  async requestPersistence() {
    try {
      const granted = await requestPersistentStorage();
      set({ persistAnswer: granted ? 'granted' : 'refused', storageError: undefined });
      invalidate('storage');
    } catch (error) {
      set({ storageError: asWorkerError(error) });
    }
  },

  async setBudget(bytes) {
    set({ savingBudget: true, storageError: undefined });
    try {
      const budget = await workerApi().setStorageBudget({ bytes });
      const shown = queryClient.get(storageQuery, {}).data;
      if (shown) queryClient.set(storageQuery, {}, { ...shown, budget });
      else invalidate('storage');
    } catch (error) {
      set({ storageError: asWorkerError(error) });
    } finally {
      set({ savingBudget: false });
    }
  },

  async exportEvents() {
    set({ exporting: true, exportError: undefined });
    try {
      const { filename, json, count } = await workerApi().exportOwnEvents({});
      set({ exported: { blob: new Blob([json], { type: 'application/json' }), filename, count } });
    } catch (error) {
      set({ exportError: asWorkerError(error) });
    } finally {
      set({ exporting: false });
    }
  },

  async exportWorkoutsCsv() {
    set({ exportingCsv: true, csvExportError: undefined });
    try {
      const { filename, csv, count } = await workerApi().exportWorkoutsCsv({});
      set({ exportedCsv: { blob: new Blob([csv], { type: 'text/csv' }), filename, count } });
    } catch (error) {
      set({ csvExportError: asWorkerError(error) });
    } finally {
      set({ exportingCsv: false });
    }
  },

  async importFile(file) {
    set({ importing: true, importError: undefined, imported: undefined });
    try {
      const report = await workerApi().importEventsFile({ file });
      set({ imported: { fileName: file.name, report } });
    } catch (error) {
      set({ importError: asWorkerError(error) });
    } finally {
      set({ importing: false });
    }
  },
}));
