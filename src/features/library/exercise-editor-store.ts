import { create } from 'zustand';
import { parseAddress } from '../../domain/address';
import { draftFromExercise, draftToExercise, emptyExerciseDraft, type ExerciseDraft } from '../../domain/exercise-draft';
import type { DistanceUnit } from '../../domain/exercise-format';
import { useLibraryStore } from '../../store/library-store';
import { copyTitle } from '../../ui/format';

/** A new exercise, one of one's own edited in place (a new version of its address), or anyone's copied under one's own key. */
export type ExerciseEditorKind = 'new' | 'edit' | 'copy';

interface ExerciseEditorState {
  /** Which editor the draft belongs to ("new", "edit:<address>", "copy:<address>"). */
  key?: string;
  draft?: ExerciseDraft;
  loadError?: string;
  /** Save was tapped: the messages of fields not yet filled in show from now on. */
  attempted: boolean;
  /**
   * Opens the draft; one already being edited for the same exercise is kept (back from signing
   * in, say). `me` is the signed-in pubkey: only one's own exercises are edited in place.
   */
  begin(kind: ExerciseEditorKind, address: string | undefined, distanceUnit: DistanceUnit, me: string | undefined): Promise<void>;
  change(update: (draft: ExerciseDraft) => ExerciseDraft): void;
  /** The saved exercise's address; undefined when the draft has problems or saving failed. */
  save(): Promise<string | undefined>;
  discard(): void;
}

export const useExerciseEditorStore = create<ExerciseEditorState>((set, get) => ({
  attempted: false,

  async begin(kind, address, distanceUnit, me) {
    const key = kind === 'new' || address === undefined ? kind : `${kind}:${address}`;
    useLibraryStore.getState().clearActionError();
    if (get().key === key && get().draft) return;
    set({ key, draft: kind === 'new' ? emptyExerciseDraft(distanceUnit) : undefined, loadError: undefined, attempted: false });
    if (kind === 'new' || address === undefined) return;
    if (kind === 'edit' && parseAddress(address)?.pubkey !== me) {
      set({ loadError: 'Only your own exercises can be edited. Duplicate this one to adjust it under your key.' });
      return;
    }
    const exercise = await useLibraryStore.getState().loadExercise(address);
    if (get().key !== key) return;
    if (!exercise) set({ loadError: 'This exercise is not on this device.' });
    else set({ draft: draftFromExercise(exercise, kind === 'copy' ? { title: copyTitle(exercise.title) } : undefined) });
  },

  change(update) {
    const draft = get().draft;
    if (draft) set({ draft: update(draft) });
  },

  async save() {
    const draft = get().draft;
    if (!draft) return undefined;
    set({ attempted: true });
    const { exercise } = draftToExercise(draft);
    if (!exercise) return undefined;
    const address = await useLibraryStore.getState().saveExercise(exercise);
    if (address) set({ key: undefined, draft: undefined, attempted: false });
    return address;
  },

  discard: () => set({ key: undefined, draft: undefined, attempted: false, loadError: undefined }),
}));
