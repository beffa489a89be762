import { SET_TYPES } from '../../domain/tag-values';
import type { WeightUnit } from '../../domain/units';
import type { SessionAction, SessionSet } from '../../domain/workout-session';
import { SET_TYPE_LETTERS, SET_TYPE_NAMES } from '../../ui/format';
import { Sheet } from '../../ui/sheet';

interface SetOptionsProps {
  set: SessionSet;
  position: number;
  exerciseTitle: string;
  unit: WeightUnit;
  apply: (action: SessionAction) => void;
  onClose: () => void;
}

/** A set's type (warm-up, normal, drop, failure), duplicate and remove. */
export function SetOptions({ set, position, exerciseTitle, unit, apply, onClose }: SetOptionsProps) {
  const run = (action: SessionAction) => {
    apply(action);
    onClose();
  };
  return (
    <Sheet title={`${exerciseTitle}: set ${position}`} onClose={onClose}>
      <div className="sheet__group" role="radiogroup" aria-label="Set type">
        {SET_TYPES.map((setType) => (
          <button
            key={setType}
            type="button"
            role="radio"
            aria-checked={set.setType === setType}
            className="sheet__option"
            onClick={() => run({ type: 'edit-set', setId: set.id, field: 'setType', text: setType, unit })}
          >
            <span className={`set-chip set-chip--${setType}`} aria-hidden="true">
              {SET_TYPE_LETTERS[setType]}
            </span>
            {SET_TYPE_NAMES[setType]}
          </button>
        ))}
      </div>
      <div className="sheet__group">
        <button type="button" className="sheet__option" onClick={() => run({ type: 'duplicate-set', setId: set.id })}>
          Duplicate set
        </button>
        <button type="button" className="sheet__option sheet__option--danger" onClick={() => run({ type: 'remove-set', setId: set.id })}>
          Remove set
        </button>
      </div>
    </Sheet>
  );
}
