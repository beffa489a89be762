import type { WeightUnit } from '../../domain/units';
import type { SessionAction, SessionSet, SetField as SessionField } from '../../domain/workout-session';
import type { RecordSet } from '../../domain/workout-record';
import { unlockChime } from './chime';
import { SET_TYPE_NAMES } from '../../ui/format';
import { formatSetLoad } from '../../ui/set-text';
import { SetField, type NumberField } from './set-field';
import { CheckIcon } from './check-icon';

interface SetRowProps {
  set: SessionSet;
  /** False while a change of the set (its tick above all) is on its way to the database. */
  stored: boolean;
  /** 1-based position in the exercise, as labels name the set. */
  position: number;
  /** What its type chip shows: "W", "D", "F" or its number among the working sets. */
  chip: string;
  previous?: RecordSet;
  unit: WeightUnit;
  disabled: boolean;
  apply: (action: SessionAction) => void;
  onOptions: () => void;
}

const FIELDS: ReadonlyArray<{ field: NumberField; name: string }> = [
  { field: 'weight', name: 'Weight' },
  { field: 'reps', name: 'Reps' },
  { field: 'rpe', name: 'RPE' },
];
const FIELD_ORDER: readonly SessionField[] = ['weight', 'reps', 'rpe', 'setType'];

/**
 * One set: type chip, last time's set, weight, reps, RPE and the done tick; messages of
 * refused input below. A tick shows as pending (`data-pending`, dimmed) until the worker
 * has stored it: a tab killed then comes back with the set not done, never done and lost.
 */
export function SetRow({ set, stored, position, chip, previous, unit, disabled, apply, onOptions }: SetRowProps) {
  const done = set.completedAt !== undefined;
  const errorId = `set-error-${set.id}`;
  const messages = FIELD_ORDER.flatMap((field) => set.errors?.[field]?.message ?? []);
  return (
    <li className={`set-row ${done ? 'set-row--done' : ''}`} aria-label={`Set ${position}`}>
      <div className="set-row__grid">
        <button
          type="button"
          className={`set-chip set-chip--${set.setType}`}
          onClick={onOptions}
          disabled={disabled}
          aria-label={`Set ${position}: ${SET_TYPE_NAMES[set.setType]}. Set type and options`}
        >
          {chip}
        </button>
        <span className="set-previous">{previous ? formatSetLoad(previous, unit) : '—'}</span>
        {FIELDS.map(({ field, name }) => (
          <SetField
            key={field}
            set={set}
            field={field}
            label={`${name}, set ${position}`}
            unit={unit}
            disabled={disabled}
            errorId={errorId}
            onEdit={(text) => apply({ type: 'edit-set', setId: set.id, field, text, unit })}
          />
        ))}
        <button
          type="button"
          className="set-done"
          aria-pressed={done}
          aria-busy={!stored || undefined}
          data-pending={!stored || undefined}
          aria-label={`Set ${position} done`}
          disabled={disabled}
          onClick={() => {
            unlockChime();
            apply({ type: done ? 'uncomplete-set' : 'complete-set', setId: set.id });
          }}
        >
          <CheckIcon size={22} />
        </button>
      </div>
      {messages.length > 0 && (
        <div id={errorId} className="set-row__errors" role="alert">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </li>
  );
}
