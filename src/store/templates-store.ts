import { create } from 'zustand';
import { KIND } from '../domain/kinds';
import type { WorkoutTemplate } from '../domain/template';
import { coalesce } from '../lib/coalesce';
import { asWorkerError, errorMessage, listen, workerApi } from '../lib/worker-client';
import type { TemplateDetail, TemplateScope, TemplateSummary, WorkerError } from '../worker/api';

/** What the editor starts from: the template as a draft, with its exercises named and their formats. */
export interface TemplateSource {
  template: WorkoutTemplate;
  detail: TemplateDetail;
}

export interface ExerciseFormat {
  title: string;
  format: string[];
}

interface TemplatesState {
  scope: TemplateScope;
  items: TemplateSummary[];
  loading: boolean;
  error?: string;
  detailAddress?: string;
  detail?: TemplateDetail;
  /** The template at detailAddress is not on this device. */
  detailMissing: boolean;
  busy?: 'deleting' | 'opening-link' | 'saving';
  /** Why the last delete, link or save failed; `type` tells signed out or locked apart. */
  actionError?: WorkerError;
  setScope(scope: TemplateScope): void;
  loadList(): Promise<void>;
  openTemplate(address: string): Promise<void>;
  /** True once the deletion is signed and queued. */
  deleteTemplate(address: string): Promise<boolean>;
  /** The template's address once it is here (fetched with its exercises when needed). */
  openLink(link: string): Promise<string | undefined>;
  loadSource(address: string): Promise<TemplateSource | undefined>;
  exerciseFormat(address: string): Promise<ExerciseFormat | undefined>;
  /** The saved template's address; undefined on failure (see actionError). */
  saveTemplate(template: WorkoutTemplate): Promise<string | undefined>;
  clearActionError(): void;
}

/** Each list query gets a number so that a slow answer never overwrites a newer one. */
let listSeq = 0;

export const useTemplatesStore = create<TemplatesState>((set, get) => {
  /** Runs one changing call with the busy flag; its failure lands in actionError. */
  async function act<T>(busy: NonNullable<TemplatesState['busy']>, call: () => Promise<T>): Promise<T | undefined> {
    set({ busy, actionError: undefined });
    try {
      return await call();
    } catch (error) {
      set({ actionError: asWorkerError(error) });
      return undefined;
    } finally {
      set({ busy: undefined });
    }
  }

  return {
    scope: 'all',
    items: [],
    loading: true,
    detailMissing: false,

    setScope(scope) {
      set({ scope });
      void get().loadList();
    },

    async loadList() {
      const seq = ++listSeq;
      set({ loading: true });
      try {
        const items = await workerApi().listTemplates({ scope: get().scope });
        if (seq === listSeq) set({ items, loading: false, error: undefined });
      } catch (error) {
        if (seq === listSeq) set({ loading: false, error: errorMessage(error) });
      }
    },

    async openTemplate(address) {
      if (get().detailAddress !== address) set({ detailAddress: address, detail: undefined, detailMissing: false });
      try {
        const detail = await workerApi().getTemplate({ address });
        if (get().detailAddress === address) set({ detail, detailMissing: !detail });
      } catch (error) {
        if (get().detailAddress === address) set({ detailMissing: true, error: errorMessage(error) });
      }
    },

    async deleteTemplate(address) {
      const done = await act('deleting', async () => {
        await workerApi().deleteTemplate({ address });
        return true;
      });
      if (done) void get().loadList();
      return done ?? false;
    },

    async openLink(link) {
      const detail = await act('opening-link', () => workerApi().openTemplateLink({ link }));
      if (!detail) return undefined;
      set({ detailAddress: detail.address, detail, detailMissing: false });
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

    async exerciseFormat(address) {
      try {
        const exercise = await workerApi().getExercise({ address });
        return exercise ? { title: exercise.title, format: exercise.format } : undefined;
      } catch (error) {
        set({ actionError: asWorkerError(error) });
        return undefined;
      }
    },

    async saveTemplate(template) {
      const saved = await act('saving', () => workerApi().saveTemplate({ template }));
      if (saved) void get().loadList();
      return saved?.address;
    },

    clearActionError: () => set({ actionError: undefined }),
  };
});

/** Re-reads the list and the open template when templates, exercises or deletions arrive; returns the unsubscribe. */
export function followTemplateChanges(): () => void {
  const reread = coalesce(async () => {
    const state = useTemplatesStore.getState();
    await state.loadList();
    if (state.detailAddress) await state.openTemplate(state.detailAddress);
  });
  const watched: number[] = [KIND.workoutTemplate, KIND.exercise, KIND.deletion];
  return listen((event) => {
    if (event.type === 'events-ingested' && event.payload.kinds.some((kind) => watched.includes(kind))) void reread();
  });
}
