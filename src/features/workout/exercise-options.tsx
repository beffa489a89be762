import { useState } from 'react';
import type { SessionAction, SessionExercise } from '../../domain/workout-session';
import { Sheet } from '../../ui/sheet';
import { formatCount } from '../../ui/format';

interface ExerciseOptionsProps {
  exercise: SessionExercise;
  title: string;
  index: number;
  count: number;
  apply: (action: SessionAction) => void;
  onClose: () => void;
}

/** Move an exercise up or down, or remove it (asked twice when it has done sets). */
export function ExerciseOptions({ exercise, title, index, count, apply, onClose }: ExerciseOptionsProps) {
  const [confirming, setConfirming] = useState(false);
  const doneSets = exercise.sets.filter((set) => set.completedAt !== undefined).length;
  const run = (action: SessionAction) => {
    apply(action);
    onClose();
  };
  const remove = () => (doneSets > 0 && !confirming ? setConfirming(true) : run({ type: 'remove-exercise', exerciseId: exercise.id }));

  return (
    <Sheet title={title} onClose={onClose}>
      <div className="sheet__group">
        <button
          type="button"
          className="sheet__option"
          disabled={index === 0}
          onClick={() => run({ type: 'move-exercise', exerciseId: exercise.id, toIndex: index - 1 })}
        >
          Move up
        </button>
        <button
          type="button"
          className="sheet__option"
          disabled={index === count - 1}
          onClick={() => run({ type: 'move-exercise', exerciseId: exercise.id, toIndex: index + 1 })}
        >
          Move down
        </button>
      </div>
      {confirming && (
        <p className="sheet__warning" role="alert">
          {formatCount(doneSets, 'done set')} will be removed with it.
        </p>
      )}
      <div className="sheet__group">
        <button type="button" className="sheet__option sheet__option--danger" onClick={remove}>
          {confirming ? 'Remove it and its sets' : 'Remove exercise'}
        </button>
      </div>
    </Sheet>
  );
}
