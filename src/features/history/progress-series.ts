import { distanceUnitFor, fromMetres, METRES_PER_MILE } from '../../domain/exercise-format';
import type { PrMetric } from '../../domain/personal-records';
import { fromKg, type WeightUnit } from '../../domain/units';
import { formatClock } from '../../ui/format';
import { prValue } from '../../ui/set-text';
import { clockStep } from './chart-scale';
import type { ExerciseSession } from '../../worker/api';

/** What an exercise's progress chart draws: one figure per session, on a scale in the person's units. */
export interface ProgressSeries {
  metric: ChartedMetric;
  /** "Estimated 1RM", "Fastest pace". */
  name: string;
  /** Over the chart: "Estimated 1RM per session". */
  title: string;
  /** Each session's figure in the metric's own unit (kg, reps, seconds, metres, seconds per km), oldest first. */
  points: Array<{ start: number; value: number }>;
  /** A figure on the chart's scale: in lb, miles or per mile when the person uses pounds. */
  scaled: (value: number) => number;
  /** The scale's unit, over its axis: "kg", "km", "/km"; none for a clock. */
  axisUnit: string;
  /** A tick of the scale: "120", "2.5", "1:30". */
  tick: (scaled: number) => string;
  /** The ticks' step for a rough one: round numbers, or whole clock times (chart-scale.ts). */
  step?: (rough: number) => number;
  /** A figure, or a difference of two, in words: "116.7 kg", "4:03 /km". */
  text: (value: number) => string;
}

type ChartedMetric = Exclude<PrMetric, 'volume'>;

/** In order of preference: a session's e1RM says most about a lift, its pace about a row or a run. */
const NAMES: ReadonlyArray<[ChartedMetric, string]> = [
  ['e1rm', 'Estimated 1RM'],
  ['pace', 'Fastest pace'],
  ['distance', 'Longest distance'],
  ['duration', 'Longest time'],
  ['reps', 'Most reps'],
  ['weight', 'Heaviest weight'],
];

/** The first figure of NAMES the sessions measure, or undefined when they measure none (no chart then). */
export function progressSeries(sessions: readonly ExerciseSession[], unit: WeightUnit): ProgressSeries | undefined {
  for (const [metric, name] of NAMES) {
    const points = sessions
      .flatMap((session) => {
        const value = session.bests[metric];
        return value === undefined ? [] : [{ start: session.start, value }];
      })
      .sort((a, b) => a.start - b.start);
    if (points.length > 0)
      return {
        metric,
        name,
        title: `${name} per session`,
        points,
        ...scale(metric, unit),
        text: (value) => prValue(metric, value, unit),
      };
  }
  return undefined;
}

function scale(metric: ChartedMetric, unit: WeightUnit): Pick<ProgressSeries, 'scaled' | 'axisUnit' | 'tick' | 'step'> {
  const distanceUnit = distanceUnitFor(unit);
  const number = (value: number) => String(value);
  switch (metric) {
    case 'e1rm':
    case 'weight':
      return { scaled: (kg) => fromKg(kg, unit), axisUnit: unit, tick: number };
    case 'distance':
      return { scaled: (metres) => fromMetres(metres, distanceUnit), axisUnit: distanceUnit, tick: number };
    case 'pace':
      return {
        scaled: (secondsPerKm) => (distanceUnit === 'mi' ? (secondsPerKm * METRES_PER_MILE) / 1000 : secondsPerKm),
        axisUnit: `/${distanceUnit}`,
        tick: formatClock,
        step: clockStep,
      };
    case 'duration':
      return { scaled: (seconds) => seconds, axisUnit: '', tick: formatClock, step: clockStep };
    case 'reps':
      return { scaled: (reps) => reps, axisUnit: 'reps', tick: number };
  }
}
