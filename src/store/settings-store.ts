import { create } from 'zustand';
import { coalesce } from '../lib/coalesce';
import { isStoragePersistent, requestPersistentStorage } from '../lib/persistent-storage';
import { errorMessage, listen, workerApi } from '../lib/worker-client';
import type { WorkerApi } from '../worker/api';

export type StorageState = Awaited<ReturnType<WorkerApi['getStorageBudget']>>;

export type ImportReport = Awaited<ReturnType<WorkerApi['importEventsFile']>>;

export interface ExportFile {
  blob: Blob;
  filename: string;
  count: number;
}

interface SettingsState {
  storage?: StorageState;
  persistent?: boolean;
  /** The answer to the last "Request persistent storage". */
  persistAnswer?: 'granted' | 'refused';
  storageError?: string;
  savingBudget: boolean;
  exporting: boolean;
  exported?: ExportFile;
  exportError?: string;
  importing: boolean;
  imported?: { fileName: string; report: ImportReport };
  importError?: string;
  loadStorage(): Promise<void>;
  requestPersistence(): Promise<void>;
  setBudget(bytes: number): Promise<void>;
  exportEvents(): Promise<void>;
  importFile(file: File): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  savingBudget: false,
  exporting: false,
  importing: false,

  async loadStorage() {
    try {
      const [storage, persistent] = await Promise.all([workerApi().getStorageBudget({}), isStoragePersistent()]);
      set({ storage, persistent, storageError: undefined });
    } catch (error) {
      set({ storageError: errorMessage(error) });
    }
  },

  async requestPersistence() {
    try {
      const granted = await requestPersistentStorage();
      set({ persistent: granted, persistAnswer: granted ? 'granted' : 'refused', storageError: undefined });
    } catch (error) {
      set({ storageError: errorMessage(error) });
    }
  },

  async setBudget(bytes) {
    set({ savingBudget: true, storageError: undefined });
    try {
      set({ storage: await workerApi().setStorageBudget({ bytes }) });
    } catch (error) {
      set({ storageError: errorMessage(error) });
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
      set({ exportError: errorMessage(error) });
    } finally {
      set({ exporting: false });
    }
  },

  async importFile(file) {
    set({ importing: true, importError: undefined, imported: undefined });
    try {
      const report = await workerApi().importEventsFile({ file });
      set({ imported: { fileName: file.name, report } });
    } catch (error) {
      set({ importError: errorMessage(error) });
    } finally {
      set({ importing: false });
    }
  },
}));

/** Reads the storage figures and re-reads them when events are stored; returns the unsubscribe. */
export function followSettingsChanges(): () => void {
  const loadStorage = coalesce(() => useSettingsStore.getState().loadStorage());
  void loadStorage();
  return listen((event) => {
    if (event.type === 'events-ingested' || event.type === 'media-stored' || event.type === 'storage-evicted') void loadStorage();
  });
}
