import { AppLink } from '../../lib/app-link';
import { useQuery } from '../../lib/query/use-query';
import { recordQuery } from '../../store/queries/history-queries';
import { usePreferencesStore } from '../../store/preferences-store';
import { formatDayAndTime } from '../../ui/format';
import { activityName } from './exercise-names';
import './history.css';
import { templatePath } from '../../lib/paths';
import { recordFigures } from './record-figures';
import { RecordPrs } from './record-prs';
import { RecordExerciseCard } from './record-exercise';

/** One workout: when, its figures (recordFigures), records set, every exercise's sets or the activity, notes and its template. */
export function RecordScreen({ recordKey }: { recordKey: string }) {
  const { data: record, loading, error } = useQuery(recordQuery, recordKey);
  const units = usePreferencesStore((s) => s.units);

  if (!loading && !error && !record) {
    return (
      <main className="screen">
        <div className="empty">
          <p className="empty__title">This workout is not on this device</p>
          <p>It may have been deleted, or it was logged on another device and has not synced here yet.</p>
        </div>
      </main>
    );
  }
  if (!record) {
    return (
      <main className="screen" aria-busy={!error}>
        {error && (
          <p className="banner banner--error" role="alert">
            This workout could not be read: {error.message}
          </p>
        )}
      </main>
    );
  }

  return (
    <main className="screen">
      <h2 className="detail__title">{record.title}</h2>
      <p className="muted">{formatDayAndTime(record.start)}</p>
      <dl className="record__stats">
        {recordFigures(record, units).map((figure) => (
          <Stat key={figure.name} label={figure.label} value={figure.value} />
        ))}
        {record.activity && <Stat label="Activity" value={activityName(record.activity)} />}
      </dl>
      {record.templateAddress && (
        <AppLink to={templatePath.build({ address: record.templateAddress })} className="record__template">
          Open the template this workout followed
        </AppLink>
      )}
      {record.prs.length > 0 && <RecordPrs record={record} />}
      {record.exercises.length > 0 && (
        <section className="detail__section" aria-labelledby="exercises-title">
          <h3 id="exercises-title">Exercises</h3>
          <ul className="record-exercises">
            {record.exercises.map((exercise) => (
              <RecordExerciseCard key={exercise.address} exercise={exercise} />
            ))}
          </ul>
        </section>
      )}
      {record.notes.trim() && (
        <section className="detail__section" aria-labelledby="notes-title">
          <h3 id="notes-title">Notes</h3>
          <p className="record__notes">{record.notes}</p>
        </section>
      )}
      {record.notUnderstood.length > 0 && (
        <section className="detail__section" aria-labelledby="read-differently-title">
          <h3 id="read-differently-title">Read differently</h3>
          <p className="muted">The app that saved this workout wrote some of it its own way:</p>
          <ul className="record__read-differently">
            {record.notUnderstood.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="record__stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
