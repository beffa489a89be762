import { memo } from 'react';
import { labelOf } from '../../domain/muscles';
import { exercisePath } from '../../lib/paths';
import { navigate } from '../../lib/router';
import type { ExerciseSummary } from '../../worker/api';
import { ExerciseThumb } from './exercise-thumb';

/**
 * One row of the list. Every query answers with new objects, so a row re-renders only
 * when what it shows changed: typing in the search box leaves the rows that stay alone.
 */
export const ExerciseListItem = memo(function ExerciseListItem({ exercise }: { exercise: ExerciseSummary }) {
  const muscles = exercise.muscles.slice(0, 2).map(labelOf).join(', ');
  return (
    <li>
      <a
        className="exercise-item"
        href={exercisePath.build({ address: exercise.address })}
        onClick={(e) => {
          e.preventDefault();
          navigate(exercisePath.build({ address: exercise.address }));
        }}
      >
        <ExerciseThumb exercise={exercise} />
        <span className="exercise-item__text">
          <span className="exercise-item__title">{exercise.title}</span>
          <span className="exercise-item__meta">
            {labelOf(exercise.equipment)}
            {muscles && ` · ${muscles}`}
          </span>
        </span>
        {exercise.difficulty && <span className={`level level--${exercise.difficulty}`}>{labelOf(exercise.difficulty)}</span>}
      </a>
    </li>
  );
}, sameRow);

function sameRow(a: { exercise: ExerciseSummary }, b: { exercise: ExerciseSummary }): boolean {
  const x = a.exercise;
  const y = b.exercise;
  return (
    x.address === y.address &&
    x.title === y.title &&
    x.equipment === y.equipment &&
    x.difficulty === y.difficulty &&
    x.muscles.join() === y.muscles.join() &&
    x.photo?.url === y.photo?.url
  );
}
