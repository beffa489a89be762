import { usePreferencesStore } from '../../store/preferences-store';
import { MISSING_EXERCISE_TITLE } from '../../ui/format';
import type { RecordSummary } from '../../worker/api';
import { prText } from '../../ui/set-text';

/** The personal records a workout set, each with its exercise's name. */
export function RecordPrs({ record }: { record: RecordSummary }) {
  const units = usePreferencesStore((s) => s.units);
  const titles = new Map(record.exercises.map((exercise) => [exercise.address, exercise.title]));
  return (
    <section className="detail__section" aria-labelledby="prs-title">
      <h3 id="prs-title">Personal records</h3>
      <ul className="record-prs">
        {record.prs.map((claim, i) => {
          const { label, value } = prText(claim, units);
          return (
            <li key={i} className="record-prs__item">
              <span className="record-prs__medal" aria-hidden="true">
                PR
              </span>
              <span className="record-prs__text">
                <span className="record-prs__exercise">{titles.get(claim.exerciseAddress) ?? MISSING_EXERCISE_TITLE}</span>
                <span className="record-prs__metric">{label}</span>
              </span>
              <span className="record-prs__value">{value}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
