import { formatCount } from '../../ui/format';
import type { RecordSummary } from '../../worker/api';

/** The exercises of a workout by name, after the activity it names (a run); those not stored yet are counted, never shown as addresses. */
export function exerciseNames({ exercises, activity }: Pick<RecordSummary, 'exercises' | 'activity'>): string {
  const names = exercises.flatMap((exercise) => (exercise.title ? [exercise.title] : []));
  const unknown = exercises.length - names.length;
  if (unknown > 0) names.push(`${formatCount(unknown, 'exercise')} not on this device yet`);
  if (activity) names.unshift(activityName(activity));
  return names.join(' · ');
}

/** A running-dialect activity as a name: "running" → "Running". */
export function activityName(activity: string): string {
  return activity.charAt(0).toUpperCase() + activity.slice(1);
}
