import { labelOf } from '../../domain/muscles';
import { exercisePath, navigate } from '../../lib/router';
import type { ExerciseSummary } from '../../worker/api';
import { ExerciseThumb } from './exercise-thumb';

export function ExerciseListItem({ exercise }: { exercise: ExerciseSummary }) {
  const muscles = exercise.muscles.slice(0, 2).map(labelOf).join(', ');
  return (
    <li>
      <a
        className="exercise-item"
        href={exercisePath(exercise.address)}
        onClick={(e) => {
          e.preventDefault();
          navigate(exercisePath(exercise.address));
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
}
