import { create } from 'zustand';
import type { WeightUnit } from '../../domain/units';
import { useTemplatesStore } from '../../store/templates-store';
import { addExercise, emptyDraft, type TemplateDraft } from './template-draft';
import { draftFromTemplate } from './draft-from-template';
import { draftToTemplate } from './draft-to-template';

/** A new template, or one at an address edited in place or saved as a copy. */
export type EditorKind = 'new' | 'edit' | 'copy';

interface EditorState {
  /** Which editor the draft belongs to ("new", "edit:<address>", "copy:<address>"). */
  key?: string;
  draft?: TemplateDraft;
  loadError?: string;
  /** Save was tapped: the messages of fields not yet filled in show from now on. */
  attempted: boolean;
  /** Opens the draft; one already being edited for the same template is kept (back from signing in, say). */
  begin(kind: EditorKind, address: string | undefined, unit: WeightUnit): Promise<void>;
  change(update: (draft: TemplateDraft) => TemplateDraft): void;
  pickExercise(address: string, title: string): Promise<void>;
  /** The saved template's address; undefined when the draft has errors or saving failed. */
  save(): Promise<string | undefined>;
  discard(): void;
}

export const useEditorStore = create<EditorState>((set, get) => ({
  attempted: false,

  async begin(kind, address, unit) {
    const key = kind === 'new' || address === undefined ? kind : `${kind}:${address}`;
    useTemplatesStore.getState().clearActionError();
    if (get().key === key && get().draft) return;
    set({ key, draft: kind === 'new' ? emptyDraft(unit) : undefined, loadError: undefined, attempted: false });
    if (kind === 'new') return;
    const source = address === undefined ? undefined : await useTemplatesStore.getState().loadSource(address);
    if (get().key !== key) return;
    if (source) set({ draft: draftFromTemplate(source.template, source.detail, unit, kind === 'copy') });
    else set({ loadError: 'This template is not on this device.' });
  },

  change(update) {
    const draft = get().draft;
    if (draft) set({ draft: update(draft) });
  },

  async pickExercise(address, title) {
    const found = await useTemplatesStore.getState().pickedExercise(address);
    get().change((draft) =>
      addExercise(draft, { address, title: found?.title ?? title, format: found?.format ?? [], units: found?.units ?? [] }),
    );
  },

  async save() {
    const draft = get().draft;
    if (!draft) return undefined;
    set({ attempted: true });
    const { template } = draftToTemplate(draft);
    if (!template) return undefined;
    const address = await useTemplatesStore.getState().saveTemplate(template);
    if (address) set({ key: undefined, draft: undefined, attempted: false });
    return address;
  },

  discard: () => set({ key: undefined, draft: undefined, attempted: false, loadError: undefined }),
}));
