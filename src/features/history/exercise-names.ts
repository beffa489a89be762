import { formatCount } from '../../ui/format';
import type { RecordExercise } from '../../worker/api';

/** The exercises of a workout by name; those not stored yet are counted, never shown as addresses. */
export function exerciseNames(exercises: readonly RecordExercise[]): string {
  const names = exercises.flatMap((exercise) => (exercise.title ? [exercise.title] : []));
  const unknown = exercises.length - names.length;
  if (unknown > 0) names.push(`${formatCount(unknown, 'exercise')} not on this device yet`);
  return names.join(' · ');
}
