import { usePreferencesStore } from '../../store/preferences-store';
import { formatVolume } from '../../ui/format';
import type { TrainingImportPreview } from '../../worker/api';
import { alreadyImportedText, dateRange, exportName } from './import-wording';

/** Which export the file is and what it holds: workouts, sets, volume in the person's unit, the dates it spans. */
export function ReviewSummary({ preview }: { preview: TrainingImportPreview }) {
  const units = usePreferencesStore((s) => s.units);
  return (
    <section className="import__step" aria-labelledby="import-file-title">
      <div>
        <h2 id="import-file-title" className="import__title">
          {exportName(preview.app, preview.variant)}
        </h2>
        <p className="muted import__file-name">{preview.fileName}</p>
      </div>
      <dl className="import-stats">
        <div className="import-stat">
          <dt>Workouts</dt>
          <dd data-testid="import-workouts">{preview.workouts}</dd>
        </div>
        <div className="import-stat">
          <dt>Sets</dt>
          <dd data-testid="import-sets">{preview.sets}</dd>
        </div>
        <div className="import-stat">
          <dt>Volume</dt>
          <dd data-testid="import-volume">{formatVolume(preview.volumeKg, units)}</dd>
        </div>
        <div className="import-stat import-stat--wide">
          <dt>Dates</dt>
          <dd data-testid="import-dates">{dateRange(preview.firstStart, preview.lastStart)}</dd>
        </div>
      </dl>
      {preview.alreadyImported > 0 && (
        <p className="import__note" data-testid="already-imported">
          {alreadyImportedText(preview.alreadyImported)}
        </p>
      )}
    </section>
  );
}
