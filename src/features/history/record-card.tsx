import { AppLink } from '../../lib/app-link';
import { usePreferencesStore } from '../../store/preferences-store';
import type { RecordSummary } from '../../worker/api';
import { exerciseNames } from './exercise-names';
import { formatCount, formatDayAndTime } from '../../ui/format';
import './history.css';
import { recordPath } from '../../lib/paths';
import { recordFigures } from './record-figures';

/** One workout as lists show it (History, and the feed through app/): title, when, its figures, PRs, exercises or activity; opens the workout. */
export function RecordCard({ record }: { record: RecordSummary }) {
  const units = usePreferencesStore((s) => s.units);
  return (
    <AppLink to={recordPath.build({ key: record.key })} className="record-card">
      <span className="record-card__head">
        <span className="record-card__title">{record.title}</span>
        {record.prs.length > 0 && <span className="pr-badge">{formatCount(record.prs.length, 'PR')}</span>}
      </span>
      <span className="record-card__date">{formatDayAndTime(record.start)}</span>
      <span className="record-card__stats">
        {recordFigures(record, units).map((figure) => (
          <span key={figure.name} data-testid={`record-${figure.name}`}>
            {figure.name === 'sets' ? formatCount(record.setCount, 'set') : figure.value}
          </span>
        ))}
      </span>
      <span className="record-card__exercises">{exerciseNames(record)}</span>
    </AppLink>
  );
}
