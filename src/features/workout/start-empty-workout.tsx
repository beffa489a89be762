import { useWorkoutStore } from '../../store/workout-store';
import { FormError } from '../../ui/form-error';

/** The quickest way in: a workout with no exercises yet, added as you go. */
export function StartEmptyWorkout() {
  const busy = useWorkoutStore((s) => s.busy);
  const error = useWorkoutStore((s) => s.error);
  const start = useWorkoutStore((s) => s.start);
  return (
    <div className="start-empty">
      <button
        type="button"
        className="button button--primary start-empty__button"
        onClick={() => void start()}
        disabled={busy === 'starting'}
      >
        {busy === 'starting' ? 'Starting…' : 'Start empty workout'}
      </button>
      <FormError message={error?.message} />
    </div>
  );
}
