import { useCallback, useEffect, useState } from 'react';
import { navigate } from '../../lib/router';
import { usePreferencesStore } from '../../store/preferences-store';
import { useTemplatesStore } from '../../store/templates-store';
import { ActionError } from '../../ui/action-error';
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
  const barRef = useBarHeight();

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
    <main className="screen editor">
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
      <div className="editor__bar" ref={barRef}>
        {attempted && problems > 0 && (
          <p className="editor__problems" role="alert">
            {problems === 1 ? 'One thing to fix above.' : `${problems} things to fix above.`}
          </p>
        )}
        <ActionError error={saveError} />
        <div className="editor__buttons">
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => void submit()} disabled={saving}>
            {saving ? 'Saving…' : 'Save template'}
          </button>
        </div>
      </div>
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

/**
 * Keeps `--editor-bar-height` on the editor at the height of its fixed Cancel/Save bar, which
 * grows with a problems line or a save error: the editor's bottom padding (templates.css) is
 * that much, so the last control ("+ Add exercise") always scrolls clear of the bar.
 */
function useBarHeight() {
  return useCallback((bar: HTMLDivElement | null) => {
    const editor = bar?.parentElement;
    if (!bar || !editor) return;
    const observer = new ResizeObserver(() => editor.style.setProperty('--editor-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
}
