import type { ExerciseFormat } from '../../domain/exercise-format';
import type { WeightUnit } from '../../domain/units';
import type { SessionAction, SessionSet, SetTimer } from '../../domain/workout-session';
import type { RecordSet } from '../../domain/workout-record';
import { unlockChime } from './chime';
import { SET_TYPE_NAMES } from '../../ui/format';
import { formatPaceNote, formatSetShort, setFieldName, type SetValueField } from '../../ui/set-text';
import { SetField } from './set-field';
import { CheckIcon } from './check-icon';
import { SetTime } from './set-time';

interface SetRowProps {
  set: SessionSet;
  /** False while a change of the set (its tick above all) is on its way to the database. */
  stored: boolean;
  /** 1-based position in the exercise, as labels name the set. */
  position: number;
  /** What its type chip shows: "W", "D", "F" or its number among the working sets. */
  chip: string;
  previous?: RecordSet;
  /** The exercise's format, and the fields it is typed into in that order. */
  format: ExerciseFormat;
  fields: readonly SetValueField[];
  /** The set's timer while it runs. */
  timer: SetTimer | undefined;
  unit: WeightUnit;
  disabled: boolean;
  apply: (action: SessionAction) => void;
  onOptions: () => void;
}

/**
 * One set: type chip, last time's set, a field for each value of the exercise's format (a
 * time with its timer, whose clock shows in its place while it runs) and the done tick; the
 * pace of a distance done in a time and messages of refused input below. A tick shows as
 * pending (`data-pending`, dimmed) until the worker has stored it: a tab killed then comes
 * back with the set not done, never done and lost.
 */
export function SetRow({ set, stored, position, chip, previous, format, fields, timer, unit, disabled, apply, onOptions }: SetRowProps) {
  const done = set.completedAt !== undefined;
  const errorId = `set-error-${set.id}`;
  const messages = [...fields, 'setType' as const].flatMap((field) => set.errors?.[field]?.message ?? []);
  const pace = formatPaceNote(set, unit);
  const field = (name: SetValueField) => (
    <SetField
      key={name}
      set={set}
      field={name}
      label={`${setFieldName(name)}, set ${position}`}
      unit={unit}
      disabled={disabled}
      errorId={errorId}
      onEdit={(text) => apply({ type: 'edit-set', setId: set.id, field: name, text, unit })}
    />
  );
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
        <span className="set-previous">{previous ? formatSetShort(previous, unit, format) : '—'}</span>
        {fields.map((name) =>
          name === 'duration' ? (
            <SetTime key={name} setId={set.id} timer={timer} position={position} done={done} disabled={disabled} apply={apply}>
              {field(name)}
            </SetTime>
          ) : (
            field(name)
          ),
        )}
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
      {pace && <p className="set-row__pace">{pace}</p>}
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
