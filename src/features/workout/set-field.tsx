import { useState } from 'react';
import type { WeightUnit } from '../../domain/units';
import type { SessionSet } from '../../domain/workout-session';
import { weightNumber } from '../../ui/format';

export type NumberField = 'weight' | 'reps' | 'rpe';

interface SetFieldProps {
  set: SessionSet;
  field: NumberField;
  label: string;
  unit: WeightUnit;
  disabled: boolean;
  /** The id of the line under the set that shows this field's message. */
  errorId: string;
  onEdit: (text: string) => void;
}

/**
 * One number of a set. Every keystroke goes to the session (so a killed tab keeps it);
 * while the field has focus it shows what is being typed ("82." stays "82."), and refused
 * input stays on screen with the domain's message under the set.
 */
export function SetField({ set, field, label, unit, disabled, errorId, onEdit }: SetFieldProps) {
  const [typing, setTyping] = useState<string>();
  const error = set.errors?.[field];
  const text = typing ?? (error ? error.text : storedText(set, field, unit));
  return (
    <input
      className="set-input"
      aria-label={label}
      inputMode={field === 'reps' ? 'numeric' : 'decimal'}
      enterKeyHint="next"
      autoComplete="off"
      value={text}
      disabled={disabled}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onFocus={(event) => {
        setTyping(text);
        event.target.select();
      }}
      onChange={(event) => {
        setTyping(event.target.value);
        onEdit(event.target.value);
      }}
      onBlur={() => setTyping(undefined)}
    />
  );
}

function storedText(set: SessionSet, field: NumberField, unit: WeightUnit): string {
  if (field === 'weight') return set.weightKg ? weightNumber(set.weightKg, unit) : '';
  const value = field === 'reps' ? set.reps : set.rpe;
  return value === undefined ? '' : String(value);
}
