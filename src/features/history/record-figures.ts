import type { WeightUnit } from '../../domain/units';
import { formatDuration, formatVolume } from '../../ui/format';
import { formatDistance, formatPace } from '../../ui/set-text';
import type { RecordSummary } from '../../worker/api';

export interface RecordFigure {
  name: 'duration' | 'volume' | 'distance' | 'pace' | 'sets';
  label: string;
  value: string;
}

/**
 * A workout's figures, each only where it says something: its duration; the volume of
 * loaded sets; the distance of its sets or of a run; a run's pace; its sets. A run another
 * app recorded (the running dialect: an activity, no sets) is its time, distance and pace,
 * never "0 kg · 0 sets".
 */
export function recordFigures(record: RecordSummary, unit: WeightUnit): RecordFigure[] {
  const figures: RecordFigure[] = [{ name: 'duration', label: 'Duration', value: formatDuration(record.durationSeconds) }];
  if (record.volumeKg > 0) figures.push({ name: 'volume', label: 'Volume', value: formatVolume(record.volumeKg, unit) });
  if (record.distanceMetres > 0) figures.push({ name: 'distance', label: 'Distance', value: formatDistance(record.distanceMetres, unit) });
  // A pace of the whole workout only for a run: a gym workout's time is not spent on its distance.
  const pace =
    record.setCount === 0
      ? formatPace({ distanceMetres: record.distanceMetres, durationSeconds: record.durationSeconds }, unit)
      : undefined;
  if (pace) figures.push({ name: 'pace', label: 'Pace', value: pace });
  if (record.setCount > 0) figures.push({ name: 'sets', label: 'Sets', value: String(record.setCount) });
  return figures;
}
