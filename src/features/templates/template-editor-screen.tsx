import { useEffect, useState } from 'react';
import { navigate } from '../../lib/router';
import { usePreferencesStore } from '../../store/preferences-store';
import { useTemplatesStore } from '../../store/templates-store';
import { EditorBar } from '../../ui/editor-bar';
import { templatePath, WORKOUT_PATH } from '../../lib/paths';
import { draftToTemplate } from './draft-to-template';
import { EditorExercise } from './editor-exercise';
import { useEditorStore, type EditorKind } from './editor-store';
import { TemplateFields } from './editor-fields';
import { ExercisePicker } from '../../ui/exercise-picker';
import { FormError } from '../../ui/form-error';
import './templates.css';

interface TemplateEditorScreenProps {
  kind: EditorKind;
  /** The template edited or copied. */
  address?: string;
}

/** New, edit and duplicate: the template's details, its exercises and sets, then Save (signed and published). */
export function TemplateEditorScreen({ kind, address }: TemplateEditorScreenProps) {
  const { draft, loadError, attempted, begin, change, pickExercise, save, discard } = useEditorStore();
  const saving = useTemplatesStore((s) => s.busy === 'saving');
  const saveError = useTemplatesStore((s) => s.actionError);
  const unit = usePreferencesStore((s) => s.units);
  const [picking, setPicking] = useState(false);

  useEffect(() => {
    void begin(kind, address, unit);
  }, [kind, address, begin, unit]);

  if (!draft) {
    return (
      <main className="screen">
        <p className={loadError ? 'form-error' : 'muted'} role={loadError ? 'alert' : 'status'}>
          {loadError ?? 'Loading the template…'}
        </p>
      </main>
    );
  }

  const { errors } = draftToTemplate(draft);
  const shown = attempted
    ? errors
    : Object.fromEntries(Object.entries(errors).filter(([key]) => key === 'rest' || key.startsWith('value:')));
  const problems = Object.keys(shown).length;

  const submit = async () => {
    const address = await save();
    if (!address) return;
    // An edit goes back to the detail it came from; a new template or a copy takes the editor's place.
    if (kind === 'edit' && history.length > 1) history.back();
    else navigate(templatePath.build({ address }), { replace: true });
  };
  const cancel = () => {
    discard();
    if (history.length > 1) history.back();
    else navigate(address ? templatePath.build({ address }) : WORKOUT_PATH, { replace: true });
  };

  return (
    <main className="screen editor has-editor-bar">
      <TemplateFields draft={draft} errors={shown} change={change} />
      <h2 className="editor__heading">Exercises</h2>
      {draft.exercises.map((exercise, i) => (
        <EditorExercise
          key={exercise.key}
          exercise={exercise}
          index={i}
          count={draft.exercises.length}
          unit={draft.unit}
          errors={shown}
          showRequired={attempted}
          change={change}
        />
      ))}
      <FormError message={shown.exercises} />
      <button type="button" className="button editor__add" onClick={() => setPicking(true)}>
        + Add exercise
      </button>
      <EditorBar
        problems={attempted ? problems : 0}
        error={saveError}
        saving={saving}
        saveLabel="Save template"
        onCancel={cancel}
        onSave={() => void submit()}
      />
      {picking && (
        <ExercisePicker
          title="Add exercise"
          onPick={({ address, title }) => {
            setPicking(false);
            void pickExercise(address, title);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </main>
  );
}
