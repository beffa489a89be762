import { formatLocalDateTime, localDateTimeAt } from '../domain/training-csv/local-date-time';
import { mulberry32 } from './seeded-random';

/**
 * A large, realistic training export for tests and benchmarks: `workouts` workouts over five
 * years from 4 January 2021, about 27 sets each (≈20,000 for 750), the same text for the same
 * seed. Strong's current export (with its Rest Timer rows between sets, kg) or Hevy's metric
 * export (English dates, supersets).
 */
export interface TrainingCsvSample {
  text: string;
  workouts: number;
  sets: number;
}

export interface TrainingCsvSampleOptions {
  app: 'strong' | 'hevy';
  workouts?: number;
  seed?: number;
}

interface Lift {
  name: string;
  /** kg at the start of the five years; 0 = bodyweight; undefined = a timed hold. */
  kg?: number;
}

const DAYS: readonly (readonly Lift[])[] = [
  [
    { name: 'Squat (Barbell)', kg: 80 },
    { name: 'Bench Press (Barbell)', kg: 60 },
    { name: 'Bent Over Row (Barbell)', kg: 60 },
    { name: 'Bicep Curl (Dumbbell)', kg: 12 },
    { name: 'Triceps Pushdown (Cable - Straight Bar)', kg: 25 },
    { name: 'Plank' },
  ],
  [
    { name: 'Deadlift (Barbell)', kg: 100 },
    { name: 'Overhead Press (Barbell)', kg: 40 },
    { name: 'Lat Pulldown (Cable)', kg: 50 },
    { name: 'Leg Press', kg: 120 },
    { name: 'Pull Up', kg: 0 },
    { name: 'Romanian Deadlift (Barbell)', kg: 70 },
  ],
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface SampleSet {
  type: 'warmup' | 'normal' | 'drop';
  kg?: number;
  reps?: number;
  seconds?: number;
}

export function trainingCsvSample({ app, workouts = 750, seed = 1 }: TrainingCsvSampleOptions): TrainingCsvSample {
  const random = mulberry32(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const lines = [app === 'strong' ? STRONG_HEADER : HEVY_HEADER];
  let sets = 0;
  for (let i = 0; i < workouts; i++) {
    const start =
      new Date(2021, 0, 4 + Math.floor((i * 5 * 365) / workouts), between(6, 19), between(0, 59), between(0, 59)).getTime() / 1000;
    const minutes = between(45, 95);
    const lifts = DAYS[i % DAYS.length] ?? [];
    const title = i % 2 === 0 ? 'Full Body A' : 'Full Body B';
    const progress = 1 + (0.3 * i) / workouts;
    lifts.forEach((lift, position) => {
      const liftSets = setsOf(lift, position, progress, between, random);
      sets += liftSets.length;
      const workout = { start, minutes, title, exercise: lift.name, superset: position >= 3 && position <= 4 ? '0' : '' };
      let normal = 0;
      liftSets.forEach((set, index) => {
        if (app === 'hevy') {
          lines.push(hevyLine(workout, set, index));
          return;
        }
        const order = set.type === 'warmup' ? 'W' : set.type === 'drop' ? 'D' : String(++normal);
        lines.push(strongLine(workout, set, order));
        if (index < liftSets.length - 1) lines.push(strongLine(workout, { type: 'normal', seconds: 120 }, 'Rest Timer'));
      });
    });
  }
  return { text: `${lines.join('\n')}\n`, workouts, sets };
}

function setsOf(
  lift: Lift,
  position: number,
  progress: number,
  between: (low: number, high: number) => number,
  random: () => number,
): SampleSet[] {
  if (lift.kg === undefined) return Array.from({ length: 3 }, () => ({ type: 'normal', seconds: between(45, 90) }));
  const working = Math.round((lift.kg * progress) / 2.5) * 2.5;
  const sets: SampleSet[] = [];
  if (position < 4 && lift.kg > 0) sets.push({ type: 'warmup', kg: Math.round(working / 5) * 2.5, reps: 10 });
  for (let n = between(3, 4); n > 0; n--) sets.push({ type: 'normal', kg: working, reps: between(5, 12) });
  if (random() < 0.2 && lift.kg > 0) sets.push({ type: 'drop', kg: Math.round((working * 0.7) / 2.5) * 2.5, reps: between(8, 15) });
  return sets;
}

interface SampleWorkout {
  start: number;
  minutes: number;
  title: string;
  exercise: string;
  superset: string;
}

const STRONG_HEADER = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';

function strongLine(workout: SampleWorkout, set: SampleSet, order: string): string {
  const duration = workout.minutes >= 60 ? `${Math.floor(workout.minutes / 60)}h ${workout.minutes % 60}m` : `${workout.minutes}m`;
  const weight = set.kg === undefined ? '0' : set.kg.toFixed(1);
  const date = formatLocalDateTime(localDateTimeAt(workout.start));
  return `${date},"${workout.title}",${duration},"${workout.exercise}",${order},${weight},${set.reps ?? 0},0,${set.seconds ?? 0},,,`;
}

const HEVY_HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';

function hevyLine(workout: SampleWorkout, set: SampleSet, index: number): string {
  const type = set.type === 'drop' ? 'dropset' : set.type;
  const weight = set.kg ? String(set.kg) : '';
  const [start, end] = [hevyDate(workout.start), hevyDate(workout.start + workout.minutes * 60)];
  return `"${workout.title}","${start}","${end}","","${workout.exercise}",${workout.superset},"",${index},"${type}",${weight},${set.reps ?? 0},,${set.seconds ?? 0},`;
}

/** "28 Mar 2025, 17:29", as Hevy writes dates in English locales. */
function hevyDate(unixSeconds: number): string {
  const local = localDateTimeAt(unixSeconds);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${local.day} ${MONTHS[local.month - 1] ?? ''} ${local.year}, ${two(local.hour)}:${two(local.minute)}`;
}
