import { useEffect, type ReactNode } from 'react';
import { useWorkoutStore } from '../../store/workout-store';
import { ActiveWorkout } from './active-workout';
import { StartEmptyWorkout } from './start-empty-workout';
import './workout.css';

/**
 * The Workout tab: the workout in progress, resumed exactly as the worker stored it, or,
 * with none, a way to start one and `children` (the templates, composed by the route).
 */
export function WorkoutScreen({ children }: { children: ReactNode }) {
  const loaded = useWorkoutStore((s) => s.loaded);
  const session = useWorkoutStore((s) => s.session);
  const load = useWorkoutStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (session) return <ActiveWorkout session={session} />;
  return (
    <main className="screen workout-start">
      {loaded ? (
        <StartEmptyWorkout />
      ) : (
        <p className="muted" role="status">
          Opening your workout…
        </p>
      )}
      {children}
    </main>
  );
}
