import type { WeightUnit } from '../../domain/units';
import { formatDuration, formatVolume } from '../../ui/format';
import { formatDistance } from '../../ui/set-text';

interface SummaryStatsProps {
  durationSeconds: number;
  volumeKg: number;
  distanceMetres: number;
  sets: number;
  unit: WeightUnit;
}

/** The figures of a finished workout: its duration, the volume lifted and distance covered when there were any, its sets. */
export function SummaryStats({ durationSeconds, volumeKg, distanceMetres, sets, unit }: SummaryStatsProps) {
  // Two by two when there are four.
  const shown = 2 + Number(volumeKg > 0) + Number(distanceMetres > 0);
  return (
    <dl className={`summary-stats ${shown === 4 ? 'summary-stats--four' : ''}`}>
      <div className="summary-stat">
        <dt>Duration</dt>
        <dd data-testid="summary-duration">{formatDuration(durationSeconds)}</dd>
      </div>
      {volumeKg > 0 && (
        <div className="summary-stat">
          <dt>Volume</dt>
          <dd data-testid="summary-volume">{formatVolume(volumeKg, unit)}</dd>
        </div>
      )}
      {distanceMetres > 0 && (
        <div className="summary-stat">
          <dt>Distance</dt>
          <dd data-testid="summary-distance">{formatDistance(distanceMetres, unit)}</dd>
        </div>
      )}
      <div className="summary-stat">
        <dt>Sets</dt>
        <dd data-testid="summary-sets">{sets}</dd>
      </div>
    </dl>
  );
}
