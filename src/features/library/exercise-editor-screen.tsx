import { useEffect, useId } from 'react';
import {
  DIFFICULTIES,
  draftToExercise,
  EQUIPMENT,
  toggleMuscle,
  type ExerciseDraft,
  type ExerciseProblems,
} from '../../domain/exercise-draft';
import { distanceUnitFor } from '../../domain/exercise-format';
import { labelOf, MUSCLES } from '../../domain/muscles';
import { exercisePath, libraryPath } from '../../lib/paths';
import { navigate } from '../../lib/router';
import { useAccountStore } from '../../store/account-store';
import { useLibraryStore } from '../../store/library-store';
import { usePreferencesStore } from '../../store/preferences-store';
import { FormError } from '../../ui/form-error';
import { EditorBar } from '../../ui/editor-bar';
import { useExerciseEditorStore, type ExerciseEditorKind } from './exercise-editor-store';
import { FormatFields } from './exercise-format-fields';
import { PhotosField } from './exercise-photos-field';
import './library.css';

interface ExerciseEditorScreenProps {
  kind: ExerciseEditorKind;
  /** The exercise edited or copied. */
  address?: string;
}

/** Fields whose problems show while typing; the others (title, format, equipment) once Save was tapped. */
const SHOWN_AT_ONCE = /^(parameter|photo):/;

/** New, edit and duplicate an exercise (kind 33401): signed with the person's key and published through the outbox. */
export function ExerciseEditorScreen({ kind, address }: ExerciseEditorScreenProps) {
  const { draft, loadError, attempted, begin, change, save, discard } = useExerciseEditorStore();
  const saving = useLibraryStore((s) => s.busy === 'saving');
  const saveError = useLibraryStore((s) => s.actionError);
  const distanceUnit = usePreferencesStore((s) => distanceUnitFor(s.units));
  const me = useAccountStore((s) => (s.account && s.account.status !== 'signed-out' ? s.account.pubkey : undefined));

  useEffect(() => {
    void begin(kind, address, distanceUnit, me);
  }, [kind, address, begin, distanceUnit, me]);

  if (!draft) {
    return (
      <main className="screen">
        <p className={loadError ? 'form-error' : 'muted'} role={loadError ? 'alert' : 'status'}>
          {loadError ?? 'Loading the exercise…'}
        </p>
      </main>
    );
  }

  const { problems } = draftToExercise(draft);
  const shown: ExerciseProblems = attempted
    ? problems
    : Object.fromEntries(Object.entries(problems).filter(([key]) => SHOWN_AT_ONCE.test(key)));
  const count = Object.keys(shown).length;

  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    // An edit goes back to the exercise it came from; a new exercise or a copy takes the editor's place.
    if (kind === 'edit' && history.length > 1) history.back();
    else navigate(exercisePath.build({ address: saved }), { replace: true });
  };
  const cancel = () => {
    discard();
    if (history.length > 1) history.back();
    else navigate(address ? exercisePath.build({ address }) : libraryPath.build(), { replace: true });
  };

  return (
    <main className="screen exercise-editor has-editor-bar">
      {kind === 'copy' && (
        <p className="field__hint">A copy to adjust: it is yours, signed with your key, and the original stays as it is.</p>
      )}
      <DetailsFields draft={draft} problems={shown} change={change} />
      <FormatFields draft={draft} problems={shown} distanceUnit={distanceUnit} change={change} />
      <MuscleFields draft={draft} change={change} />
      <InstructionsField draft={draft} change={change} />
      <PhotosField draft={draft} problems={shown} change={change} />
      <EditorBar
        problems={attempted ? count : 0}
        error={saveError}
        saving={saving}
        saveLabel="Save exercise"
        onCancel={cancel}
        onSave={() => void submit()}
      />
    </main>
  );
}

interface FieldsProps {
  draft: ExerciseDraft;
  problems?: ExerciseProblems;
  change: (update: (draft: ExerciseDraft) => ExerciseDraft) => void;
}

/** Title, equipment and difficulty. */
function DetailsFields({ draft, problems = {}, change }: FieldsProps) {
  const id = useId();
  const equipment = (EQUIPMENT as readonly string[]).includes(draft.equipment) ? EQUIPMENT : [draft.equipment, ...EQUIPMENT];
  const difficulties: readonly string[] = DIFFICULTIES;
  const levels = !draft.difficulty || difficulties.includes(draft.difficulty) ? difficulties : [draft.difficulty, ...difficulties];
  return (
    <div className="exercise-editor__section">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          value={draft.title}
          placeholder="Landmine press"
          onChange={(event) => change((d) => ({ ...d, title: event.target.value }))}
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={problems.title ? `${id}-title-error` : undefined}
        />
        {problems.title && (
          <p id={`${id}-title-error`} className="exercise-editor__error" role="alert">
            {problems.title}
          </p>
        )}
      </div>
      <div className="exercise-editor__pair">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-equipment`}>
            Equipment
          </label>
          <select
            id={`${id}-equipment`}
            value={draft.equipment}
            onChange={(event) => change((d) => ({ ...d, equipment: event.target.value }))}
            aria-invalid={problems.equipment ? true : undefined}
          >
            {equipment.map((option) => (
              <option key={option} value={option}>
                {labelOf(option)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-difficulty`}>
            Difficulty
          </label>
          <select
            id={`${id}-difficulty`}
            value={draft.difficulty}
            onChange={(event) => change((d) => ({ ...d, difficulty: event.target.value }))}
          >
            <option value="">Not given</option>
            {levels.map((option) => (
              <option key={option} value={option}>
                {labelOf(option)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormError message={problems.equipment} />
    </div>
  );
}

/** The muscles it trains (the library's muscle filter) and other hashtags. */
function MuscleFields({ draft, change }: FieldsProps) {
  const id = useId();
  return (
    <section className="exercise-editor__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="exercise-editor__heading">
        Muscles
      </h2>
      <div className="toggles" role="group" aria-label="Muscles">
        {Object.keys(MUSCLES).map((muscle) => (
          <button
            key={muscle}
            type="button"
            className="toggle"
            aria-pressed={draft.muscles.includes(muscle)}
            onClick={() => change((d) => toggleMuscle(d, muscle))}
          >
            {labelOf(muscle)}
          </button>
        ))}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-tags`}>
          Other tags
        </label>
        <input
          id={`${id}-tags`}
          value={draft.tags}
          placeholder="compound, push"
          onChange={(event) => change((d) => ({ ...d, tags: event.target.value }))}
        />
        <p className="field__hint">Separated by commas.</p>
      </div>
    </section>
  );
}

function InstructionsField({ draft, change }: FieldsProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-instructions`}>
        Instructions
      </label>
      <textarea
        id={`${id}-instructions`}
        rows={5}
        value={draft.instructions}
        placeholder={'Set up…\nBrace…\nPress…'}
        onChange={(event) => change((d) => ({ ...d, instructions: event.target.value }))}
      />
      <p className="field__hint">One step per line.</p>
    </div>
  );
}
