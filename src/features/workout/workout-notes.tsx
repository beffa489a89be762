import { useId, useState } from 'react';
import type { SessionAction } from '../../domain/workout-session';

/** The workout's notes; every keystroke is stored (editable after finishing too). */
export function WorkoutNotes({ notes, apply }: { notes: string; apply: (action: SessionAction) => void }) {
  const id = useId();
  const [typing, setTyping] = useState<string>();
  const text = typing ?? notes;
  return (
    <div className="field workout-notes">
      <label className="field__label" htmlFor={id}>
        Notes
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        placeholder="How did it go?"
        onFocus={() => setTyping(text)}
        onChange={(event) => {
          setTyping(event.target.value);
          apply({ type: 'edit-notes', text: event.target.value });
        }}
        onBlur={() => setTyping(undefined)}
      />
    </div>
  );
}
