import type { WeightUnit } from '../../domain/units';
import { formatDuration, formatVolume } from '../../ui/format';

interface SummaryStatsProps {
  durationSeconds: number;
  volumeKg: number;
  sets: number;
  unit: WeightUnit;
}

/** The three figures of a finished workout. */
export function SummaryStats({ durationSeconds, volumeKg, sets, unit }: SummaryStatsProps) {
  return (
    <dl className="summary-stats">
      <div className="summary-stat">
        <dt>Duration</dt>
        <dd data-testid="summary-duration">{formatDuration(durationSeconds)}</dd>
      </div>
      <div className="summary-stat">
        <dt>Volume</dt>
        <dd data-testid="summary-volume">{formatVolume(volumeKg, unit)}</dd>
      </div>
      <div className="summary-stat">
        <dt>Sets</dt>
        <dd data-testid="summary-sets">{sets}</dd>
      </div>
    </dl>
  );
}
