import { useState } from 'react';
import type { WeightUnit } from '../../domain/units';
import type { SessionSet } from '../../domain/workout-session';
import { formatClock, weightNumber } from '../../ui/format';
import { distanceNumber, type SetValueField } from '../../ui/set-text';

interface SetFieldProps {
  set: SessionSet;
  field: SetValueField;
  label: string;
  unit: WeightUnit;
  disabled: boolean;
  /** The id of the line under the set that shows this field's message. */
  errorId: string;
  onEdit: (text: string) => void;
}

/**
 * One value of a set. Every keystroke goes to the session (so a killed tab keeps it);
 * while the field has focus it shows what is being typed ("82." stays "82.", "90" stays
 * "90" until it shows as "1:30"), and refused input stays on screen with the domain's
 * message under the set.
 */
export function SetField({ set, field, label, unit, disabled, errorId, onEdit }: SetFieldProps) {
  const [typing, setTyping] = useState<string>();
  const error = set.errors?.[field];
  const text = typing ?? (error ? error.text : storedText(set, field, unit));
  return (
    <input
      className={`set-input ${sizeClass(field)}`}
      aria-label={label}
      inputMode={inputModeOf(field)}
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

/**
 * The keyboard a phone opens. A time is typed on the number pad as seconds ("90"): no phone
 * pad has a colon, and "1:30" still reads from a hardware keyboard or when kept while editing.
 */
function inputModeOf(field: SetValueField): 'numeric' | 'decimal' | 'text' {
  if (field === 'reps') return 'numeric';
  return field.startsWith('param:') ? 'text' : 'decimal';
}

/** Times and distances run to five characters ("12:30", "10.25"); an exercise's own parameter holds words. */
function sizeClass(field: SetValueField): string {
  if (field === 'duration' || field === 'distance') return 'set-input--long';
  return field.startsWith('param:') ? 'set-input--text' : '';
}

function storedText(set: SessionSet, field: SetValueField, unit: WeightUnit): string {
  switch (field) {
    case 'weight':
      return set.weightKg ? weightNumber(set.weightKg, unit) : '';
    case 'reps':
      return numberText(set.reps);
    case 'rpe':
      return numberText(set.rpe);
    case 'duration':
      return set.durationSeconds === undefined ? '' : formatClock(set.durationSeconds);
    case 'distance':
      return set.distanceMetres === undefined ? '' : distanceNumber(set.distanceMetres, unit);
    default:
      return set.other?.[field.slice('param:'.length)] ?? '';
  }
}

function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
