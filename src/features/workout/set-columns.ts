import { fieldOf } from '../../domain/session-set-edits';
import { sessionFormat, type SessionExercise } from '../../domain/workout-session';
import type { SetValueField } from '../../ui/set-text';

/** The fields a set of this exercise is typed into, in its format's order (its set type is the chip). */
export function setColumns(exercise: Pick<SessionExercise, 'format' | 'units'>): SetValueField[] {
  const fields = sessionFormat(exercise).names.map(fieldOf);
  return [...new Set(fields)].filter((field): field is SetValueField => field !== 'setType');
}

type NamedField = Exclude<SetValueField, `param:${string}`>;

/** A column's width in rem: as small as it may get and as wide as it needs. */
interface Track {
  min: number;
  max: number;
}

/** With four value columns on a phone each shrinks towards its smallest, so Previous keeps room for a short set. */
const TRACKS: Readonly<Record<NamedField, Track>> = {
  weight: { min: 3.2, max: 3.6 },
  reps: { min: 2.4, max: 2.9 },
  rpe: { min: 2.2, max: 2.75 },
  // Room for "12:30" and "10.25" (workout.css sets them a little smaller than the other figures).
  duration: { min: 3.45, max: 3.8 },
  distance: { min: 3.4, max: 3.6 },
};
/** A parameter kept as typed (an exercise's own, like tempo). */
const OTHER_TRACK: Track = { min: 3, max: 3.6 };
/** The timer button beside a time. */
const TIMER_TRACK: Track = { min: 1.875, max: 1.875 };
const CHIP_TRACK: Track = { min: 2, max: 2 };
const TICK_TRACK: Track = { min: 2.6, max: 2.6 };
/** Room for the heading "Previous" and "2 km in" on a line. */
const PREVIOUS_MIN_REM = 4.5;
/** The gap between columns of .set-head and .set-row__grid (workout.css). */
const GAP_PX = 4;

/**
 * The set table's columns: chip, previous, each field (a time followed by its timer button),
 * tick. Previous takes what the fields leave, and gives up its minimum before the row would
 * overflow a narrow phone.
 */
export function setGridColumns(fields: readonly SetValueField[]): string {
  const tracks = [
    CHIP_TRACK,
    ...fields.flatMap((field) => (field === 'duration' ? [TRACKS.duration, TIMER_TRACK] : [isNamed(field) ? TRACKS[field] : OTHER_TRACK])),
    TICK_TRACK,
  ];
  const othersMin = tracks.reduce((sum, track) => sum + track.min, 0);
  const previousMin = `min(${PREVIOUS_MIN_REM}rem, 100% - ${othersMin}rem - ${tracks.length * GAP_PX}px)`;
  const [chip, ...rest] = tracks.map(trackSize);
  return [chip, `minmax(max(0px, ${previousMin}), 1fr)`, ...rest].join(' ');
}

/** Five value columns or more (a time's timer counts): their figures are set smaller to fit ("102.5", "12:30"). */
export function isCrowded(fields: readonly SetValueField[]): boolean {
  return fields.length + Number(fields.includes('duration')) >= 5;
}

function trackSize({ min, max }: Track): string {
  return min === max ? `${min}rem` : `minmax(${min}rem, ${max}rem)`;
}

function isNamed(field: SetValueField): field is NamedField {
  return !field.startsWith('param:');
}
