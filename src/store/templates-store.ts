import { create } from 'zustand';
import { busyAction } from './busy-action';
import type { WorkoutTemplate } from '../domain/template';
import { queryClient } from '../lib/query/client';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { TemplateDetail, TemplateScope, WorkerError } from '../worker/api';
import { invalidate } from './invalidation';
import { templateQuery } from './queries/template-queries';

/** What the editor starts from: the template as a draft, with its exercises named and their formats. */
export interface TemplateSource {
  template: WorkoutTemplate;
  detail: TemplateDetail;
}

/** An exercise picked for a template: its title and format (names and units). */
export interface PickedExercise {
  title: string;
  format: string[];
  units: string[];
}

/** The last "Fetch again" of a template's missing exercises: under way, or what it found. */
export interface MissingFetchState {
  templateAddress: string;
  asking: boolean;
  /** Exercises asked for, and how many arrived; relays asked (0: no relay could be reached). */
  report?: { requested: number; found: number; relays: number };
  error?: WorkerError;
}

interface TemplatesState {
  /** Whose templates the list shows; the list itself is `templatesQuery` for this scope. */
  scope: TemplateScope;
  busy?: 'deleting' | 'opening-link' | 'saving';
  /** Why the last delete, link or save failed; `type` tells signed out or locked apart. */
  actionError?: WorkerError;
  setScope(scope: TemplateScope): void;
  /** True once the deletion is signed and queued. */
  deleteTemplate(address: string): Promise<boolean>;
  /** The template's address once it is here (fetched with its exercises when needed). */
  openLink(link: string): Promise<string | undefined>;
  loadSource(address: string): Promise<TemplateSource | undefined>;
  pickedExercise(address: string): Promise<PickedExercise | undefined>;
  /** The saved template's address; undefined on failure (see actionError). */
  saveTemplate(template: WorkoutTemplate): Promise<string | undefined>;
  missingFetch?: MissingFetchState;
  /** Asks the relays now for the exercises the template waits for, even those asked a moment ago. */
  fetchMissingAgain(templateAddress: string): Promise<void>;
  clearActionError(): void;
}

export const useTemplatesStore = create<TemplatesState>((set) => {
  const act = busyAction<NonNullable<TemplatesState['busy']>>(set);

  return {
    scope: 'all',

    setScope: (scope) => set({ scope }),

    async deleteTemplate(address) {
      const done = await act('deleting', async () => {
        await workerApi().deleteTemplate({ address });
        return true;
      });
      return done ?? false;
    },

    async openLink(link) {
      const detail = await act('opening-link', () => workerApi().openTemplateLink({ link }));
      if (!detail) return undefined;
      queryClient.set(templateQuery, detail.address, detail);
      return detail.address;
    },

    async loadSource(address) {
      try {
        const [template, detail] = await Promise.all([workerApi().getTemplateDraft({ address }), workerApi().getTemplate({ address })]);
        return template && detail ? { template, detail } : undefined;
      } catch (error) {
        set({ actionError: asWorkerError(error) });
        return undefined;
      }
    },

    async pickedExercise(address) {
      try {
        const exercise = await workerApi().getExercise({ address });
        return exercise ? { title: exercise.title, format: exercise.format, units: exercise.formatUnits } : undefined;
      } catch (error) {
        set({ actionError: asWorkerError(error) });
        return undefined;
      }
    },

    async saveTemplate(template) {
      // The signed template is ingested here before the call answers: its events-ingested re-reads the list (invalidation table).
      const saved = await act('saving', () => workerApi().saveTemplate({ template }));
      return saved?.address;
    },

    async fetchMissingAgain(templateAddress) {
      set({ missingFetch: { templateAddress, asking: true } });
      try {
        const { requested, found, relays } = await workerApi().fetchMissingExercises({ templateAddresses: [templateAddress], force: true });
        set({ missingFetch: { templateAddress, asking: false, report: { requested: requested.length, found, relays } } });
      } catch (error) {
        set({ missingFetch: { templateAddress, asking: false, error: asWorkerError(error) } });
      } finally {
        // The fetch log changed even when nothing arrived ("last asked"); arrivals re-read through the table.
        invalidate('template-missing');
      }
    },

    clearActionError: () => set({ actionError: undefined }),
  };
});
