import type { ExerciseFormat } from './exercise-format';
import { detectPersonalRecords, type PersonalRecord } from './personal-records';
import { normaliseRelayUrl } from './relay-list';
import { fail, ok, type ParseResult } from './result';
import { readSetValues, writeSetParams } from './set-values';
import { totalDistanceMetres, volumeKg, type PerformedSet } from './strength';
import { canonicalHashtags } from './template';
import type { RecordSet, WorkoutRecord } from './workout-record';
import { sessionFormat, type SessionExercise, type WorkoutSession } from './workout-session';

/** What the summary screen shows of a finished workout. */
export interface WorkoutSummary {
  /** end − start of the record, seconds. */
  durationSeconds: number;
  /** Volume of the done sets, warm-ups excluded (strength.ts). */
  volumeKg: number;
  /** Distance of the done working sets, metres. */
  distanceMetres: number;
  /** Done sets, warm-ups included: every set the record carries. */
  sets: number;
  prs: PersonalRecord[];
}

export interface FinishedWorkout {
  /** Ready for buildWorkoutRecord, with `formats`. */
  record: WorkoutRecord;
  /** The format each of the record's exercises was logged in, by address. */
  formats: Map<string, ExerciseFormat>;
  summary: WorkoutSummary;
}

/**
 * A finished session as a NIP-101e record: only its done sets, exercise by exercise,
 * numbered 1, 2, 3… within each exercise, each with a value for every parameter of its
 * exercise's format in that format's order and units; start and end in unix seconds; completed when
 * every set was done; `pr` claims found against `history` (earlier workouts' sets, see
 * detectPersonalRecords). Refused, with a message for the person, when the session is
 * not finished or has no done set.
 */
export function sessionToRecord(
  session: WorkoutSession,
  history: readonly { sets: readonly PerformedSet[] }[],
): ParseResult<FinishedWorkout> {
  if (session.finishedAt === undefined) return fail('Finish the workout first.');
  const formats = new Map<string, ExerciseFormat>();
  const sets: RecordSet[] = [];
  for (const exercise of session.exercises) {
    const format = sessionFormat(exercise);
    const written = recordSets(exercise, format);
    if (!written.ok) return written;
    if (written.value.length > 0) formats.set(exercise.exerciseAddress, format);
    sets.push(...written.value);
  }
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
  return ok({
    record,
    formats,
    summary: { durationSeconds: end - start, volumeKg: volumeKg(sets), distanceMetres: totalDistanceMetres(sets), sets: sets.length, prs },
  });
}

/**
 * The done sets of one exercise as record sets, written in its format. completeSet refuses a
 * set with a value missing, so a refusal here means a set stored before that rule: it is
 * named rather than left out of the record.
 */
function recordSets(exercise: SessionExercise, format: ExerciseFormat): ParseResult<RecordSet[]> {
  const sets: RecordSet[] = [];
  for (const [i, set] of exercise.sets.entries()) {
    if (set.completedAt === undefined) continue;
    const { weightKg, reps, rpe, setType, durationSeconds, distanceMetres } = set;
    const values = { weightKg: weightKg ?? null, reps, rpe, setType, durationSeconds, distanceMetres };
    const params = writeSetParams(values, format, set.other);
    if (!params.ok)
      return fail(`Set ${i + 1} of ${exercise.title ?? 'an exercise'} is done but its ${params.reason}: enter it, or untick the set.`);
    // The typed values as a reader of the record will see them.
    const readBack = readSetValues(params.value, format);
    sets.push({
      exerciseAddress: exercise.exerciseAddress,
      relayHint: relayHint(exercise.relayHint),
      params: params.value,
      setNumber: sets.length + 1,
      ...(readBack.ok ? readBack.value : {}),
    });
  }
  return ok(sets);
}

/** As the record builder writes it; a hint that is not a ws(s) URL is dropped rather than refusing the record. */
function relayHint(hint: string): string {
  return hint === '' ? '' : (normaliseRelayUrl(hint) ?? '');
}
