import { detectPersonalRecords, type PersonalRecord } from './personal-records';
import { normaliseRelayUrl } from './relay-list';
import { fail, ok, type ParseResult } from './result';
import { volumeKg, type PerformedSet } from './strength';
import { canonicalHashtags } from './template';
import type { RecordSet, WorkoutRecord } from './workout-record';
import { isStrengthFormat, type SessionExercise, type WorkoutSession } from './workout-session';

/** What the summary screen shows of a finished workout. */
export interface WorkoutSummary {
  /** end − start of the record, seconds. */
  durationSeconds: number;
  /** Volume of the done sets, warm-ups excluded (strength.ts). */
  volumeKg: number;
  /** Done sets, warm-ups included: every set the record carries. */
  sets: number;
  prs: PersonalRecord[];
}

export interface FinishedWorkout {
  /** Ready for buildWorkoutRecord. */
  record: WorkoutRecord;
  summary: WorkoutSummary;
}

/**
 * A finished session as a NIP-101e record: only its done sets, exercise by exercise,
 * numbered 1, 2, 3… within each exercise; start and end in unix seconds; completed when
 * every set was done; `pr` claims found against `history` (earlier workouts' sets, see
 * detectPersonalRecords). Refused, with a message for the person, when the session is
 * not finished or has no done set.
 */
export function sessionToRecord(
  session: WorkoutSession,
  history: readonly { sets: readonly PerformedSet[] }[],
): ParseResult<FinishedWorkout> {
  if (session.finishedAt === undefined) return fail('Finish the workout first.');
  const sets = session.exercises.flatMap(recordSets);
  if (sets.length === 0) return fail('Tick at least one set done to save the workout.');
  const start = Math.floor(session.startedAt / 1000);
  const end = Math.max(start, Math.floor(session.finishedAt / 1000));
  const prs = detectPersonalRecords(sets, history);
  const record: WorkoutRecord = {
    d: session.id,
    title: session.title.trim() || 'Workout',
    type: session.type,
    start,
    end,
    completed: session.exercises.every((exercise) => exercise.sets.every((set) => set.completedAt !== undefined)),
    sets,
    prs: prs.map(({ exerciseAddress, metric, value }) => ({ exerciseAddress, metric, value })),
    notes: session.notes,
    hashtags: canonicalHashtags(session.hashtags),
    legacy: false,
  };
  if (session.templateAddress !== undefined) {
    record.templateAddress = session.templateAddress;
    record.templateRelayHint = relayHint(session.templateRelayHint ?? '');
  }
  return ok({ record, summary: { durationSeconds: end - start, volumeKg: volumeKg(sets), sets: sets.length, prs } });
}

/** The done sets of one exercise as record sets, in the canonical strength order. */
function recordSets(exercise: SessionExercise): RecordSet[] {
  const sets: RecordSet[] = [];
  // A set written as weight/reps/RPE for an exercise of another format would misstate it; such exercises are not recorded yet.
  if (!isStrengthFormat(exercise.format)) return sets;
  for (const set of exercise.sets) {
    // completeSet refuses a set without reps or RPE; the check only narrows the types.
    if (set.completedAt === undefined || set.reps === undefined || set.rpe === undefined) continue;
    const weightKg = set.weightKg ?? null;
    sets.push({
      exerciseAddress: exercise.exerciseAddress,
      relayHint: relayHint(exercise.relayHint),
      params: [weightKg === null ? '' : String(weightKg), String(set.reps), String(set.rpe), set.setType],
      setNumber: sets.length + 1,
      weightKg,
      reps: set.reps,
      rpe: set.rpe,
      setType: set.setType,
    });
  }
  return sets;
}

/** As the record builder writes it; a hint that is not a ws(s) URL is dropped rather than refusing the record. */
function relayHint(hint: string): string {
  return hint === '' ? '' : (normaliseRelayUrl(hint) ?? '');
}
