import { useState } from 'react';
import type { WorkoutSession } from '../../domain/workout-session';
import { workoutSummaryPath } from '../../lib/paths';
import { navigate } from '../../lib/router';
import { usePreferencesStore } from '../../store/preferences-store';
import { useWorkoutStore } from '../../store/workout-store';
import { DiscardSheet } from './discard-sheet';
import { CountdownAlarm } from './countdown-alarm';
import { ExerciseCard } from './exercise-card';
import { ExercisePicker } from '../../ui/exercise-picker';
import { FinishSheet } from './finish-sheet';
import { RestBar } from './rest-bar';
import { useWakeLock } from './use-wake-lock';
import { WorkoutError } from './workout-error';
import { WorkoutHeader } from './workout-header';
import { WorkoutNotes } from './workout-notes';
import './workout.css';

/** The workout in progress: every set, the set and rest timers, finish and discard. */
export function ActiveWorkout({ session }: { session: WorkoutSession }) {
  const busy = useWorkoutStore((s) => s.busy);
  const error = useWorkoutStore((s) => s.error);
  const saved = useWorkoutStore((s) => s.saved);
  const { apply, finish, discard, clearError } = useWorkoutStore.getState();
  const unit = usePreferencesStore((s) => s.units);
  const [sheet, setSheet] = useState<'finish' | 'discard' | 'picker'>();
  const finished = session.finishedAt !== undefined;
  const sets = session.exercises.flatMap((exercise) => exercise.sets);
  const doneSets = sets.filter((set) => set.completedAt !== undefined).length;
  useWakeLock(!finished);

  const save = async () => {
    setSheet(undefined);
    const recordKey = await finish();
    if (recordKey) navigate(workoutSummaryPath.build({ key: recordKey }));
  };
  const askToFinish = () => (finished || (doneSets > 0 && doneSets === sets.length) ? void save() : setSheet('finish'));

  return (
    <main className={`screen workout ${session.rest ? 'workout--resting' : ''}`}>
      <WorkoutHeader session={session} busy={busy === 'finishing'} onFinish={askToFinish} />
      {error && <WorkoutError error={error} waitingToSave={finished} onRetry={() => void save()} onDismiss={clearError} />}
      {session.exercises.length === 0 && <p className="workout__empty">Add the first exercise of this workout.</p>}
      {session.exercises.map((exercise, i) => (
        <ExerciseCard
          key={exercise.id}
          exercise={exercise}
          saved={saved?.exercises.find((stored) => stored.id === exercise.id)}
          index={i}
          count={session.exercises.length}
          timer={exercise.sets.some((set) => set.id === session.timer?.setId) ? session.timer : undefined}
          unit={unit}
          disabled={finished}
          apply={apply}
        />
      ))}
      {!finished && (
        <button type="button" className="button workout__add" onClick={() => setSheet('picker')}>
          + Add exercise
        </button>
      )}
      <WorkoutNotes notes={session.notes} apply={apply} />
      <button type="button" className="button button--quiet workout__discard" onClick={() => setSheet('discard')} disabled={Boolean(busy)}>
        Discard workout
      </button>
      {session.rest && <RestBar rest={session.rest} apply={apply} />}
      {session.timer?.countdownSeconds !== undefined && !finished && <CountdownAlarm timer={session.timer} apply={apply} />}
      {sheet === 'finish' && (
        <FinishSheet
          doneSets={doneSets}
          openSets={sets.length - doneSets}
          onFinish={() => void save()}
          onDiscard={() => setSheet('discard')}
          onClose={() => setSheet(undefined)}
        />
      )}
      {sheet === 'discard' && (
        <DiscardSheet
          onDiscard={() => {
            setSheet(undefined);
            void discard();
          }}
          onClose={() => setSheet(undefined)}
        />
      )}
      {sheet === 'picker' && (
        <ExercisePicker
          title="Add exercise"
          onPick={({ address, title }) => {
            setSheet(undefined);
            apply({ type: 'add-exercise', exerciseAddress: address, title });
          }}
          onClose={() => setSheet(undefined)}
        />
      )}
    </main>
  );
}
