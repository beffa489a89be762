import { create } from 'zustand';
import type { DateOrder } from '../domain/training-csv/training-file';
import type { WeightUnit } from '../domain/units';
import { queryClient } from '../lib/query/client';
import { asWorkerError, listen, workerApi } from '../lib/worker-client';
import type { MappingChoice, MappingEntry, MatchedExercise, TrainingImportPreview, WorkerError } from '../worker/api';
import { usePreferencesStore } from './preferences-store';
import { trainingImportProgressQuery } from './queries/import-queries';

/** What the person chose for one source name on the review screen: a library exercise, or a new own exercise. */
export type EditedChoice = { address: string; title: string } | { create: true };

/** The exercise a source name goes to, as the review shows it. */
export type ShownChoice =
  | { create: true }
  | {
      address: string;
      title: string;
      /** How it was proposed, or `picked` by the person. */
      how: MatchedExercise['how'] | 'picked';
      /** Known for the proposed match and the suggestion; not for an exercise picked from the library. */
      fits?: boolean;
      reason?: string;
    };

interface TrainingImportState {
  /** The file under review, kept to read again with the person's answers (weight unit, date order). */
  file?: File;
  preview?: TrainingImportPreview;
  /** The choices the person changed, by source name; every other name keeps the preview's proposal. */
  edits: Readonly<Record<string, EditedChoice>>;
  busy?: 'reading' | 'starting';
  /** How much of the file being read the worker has read (0 to 1), from its reports; cleared when the preview answers or fails. */
  readShare?: number;
  error?: WorkerError;
  /** The finished import whose result the person put away ("Import another file"): the screen shows the chooser again. */
  dismissed?: string;
  read(file: File): Promise<void>;
  /** Reads the file again with an answer to the review's questions; the choices made are kept. */
  readAgain(answer: { weightUnit?: WeightUnit; dateOrder?: DateOrder }): Promise<void>;
  choose(name: string, choice: EditedChoice): void;
  /** Imports the file under review with the choices shown. */
  start(): Promise<void>;
  /** Carries on an import that stopped (a locked key, no room), after a restart too. */
  carryOn(id: string): Promise<void>;
  /** Back to choosing a file, the result of a finished import put away. */
  reset(): void;
}

/** The review of a Strong or Hevy file and the start of its import; its progress is `trainingImportProgressQuery`. */
export const useTrainingImportStore = create<TrainingImportState>((set, get) => {
  async function preview(file: File, options: { weightUnit: WeightUnit; dateOrder?: DateOrder }, edits: TrainingImportState['edits']) {
    set({ busy: 'reading', readShare: 0, error: undefined });
    // Heard only while this read is on: a report arriving after the answer changes nothing.
    const stop = listen((event) => {
      if (event.type === 'training-file-progress') set({ readShare: event.payload.share });
    });
    try {
      const answer = await workerApi().previewTrainingFile({ file, ...options });
      set({ file, preview: answer, edits });
    } catch (error) {
      set({ error: asWorkerError(error) });
    } finally {
      stop();
      set({ busy: undefined, readShare: undefined });
    }
  }

  async function begin(id: string, choices: MappingChoice[]) {
    set({ busy: 'starting', error: undefined });
    try {
      queryClient.set(trainingImportProgressQuery, {}, await workerApi().startTrainingImport({ id, choices }));
    } catch (error) {
      set({ error: asWorkerError(error) });
    } finally {
      set({ busy: undefined });
    }
  }

  return {
    edits: {},

    async read(file) {
      set({ file: undefined, preview: undefined });
      // The file does not always name its unit: it is read in the app's until the person says otherwise.
      await preview(file, { weightUnit: usePreferencesStore.getState().units }, {});
    },

    async readAgain(answer) {
      const { file, preview: shown, edits } = get();
      if (!file || !shown) return;
      await preview(file, { weightUnit: shown.weightUnit, dateOrder: shown.dateOrder, ...answer }, edits);
    },

    choose(name, choice) {
      set({ edits: { ...get().edits, [name]: choice } });
    },

    async start() {
      const { preview: shown, edits } = get();
      if (shown) await begin(shown.id, mappingChoices(shown.exercises, edits));
    },

    async carryOn(id) {
      // The worker holds the stopped import's workouts and choices: its id is all it needs.
      await begin(id, []);
    },

    reset() {
      const shown = queryClient.get(trainingImportProgressQuery, {}).data;
      set({
        file: undefined,
        preview: undefined,
        edits: {},
        error: undefined,
        dismissed: shown?.state === 'done' ? shown.id : get().dismissed,
      });
    },
  };
});

/** The exercise a name goes to: the person's choice, else the proposed match, else a new own exercise. */
export function shownChoice(entry: MappingEntry, edit: EditedChoice | undefined): ShownChoice {
  if (edit && 'create' in edit) return edit;
  if (edit) {
    // Picking the proposal or the suggestion back keeps what is known of its fit.
    const known = [entry.match, entry.suggestion].find((exercise) => exercise?.address === edit.address);
    return { ...edit, ...(known && { fits: known.fits, reason: known.reason }), how: 'picked' };
  }
  return entry.match ?? { create: true };
}

/** The mapping the worker imports with: one choice per source name. */
export function mappingChoices(entries: readonly MappingEntry[], edits: TrainingImportState['edits']): MappingChoice[] {
  return entries.map((entry) => {
    const choice = shownChoice(entry, edits[entry.name]);
    return 'create' in choice ? { name: entry.name, create: true } : { name: entry.name, address: choice.address };
  });
}
