import { AppLink } from '../../lib/app-link';
import { useQuery } from '../../lib/query/use-query';
import { usePreferencesStore } from '../../store/preferences-store';
import { templateMissingQuery, templateQuery } from '../../store/queries/template-queries';
import { formatCount, formatRest } from '../../ui/format';
import type { TemplateDetail } from '../../worker/api';
import { MissingExercises } from './missing-exercises';
import { OfflineAvailability } from './offline-availability';
import { PrescribedExercise } from './prescribed-exercise';
import { WORKOUT_PATH } from '../../lib/paths';
import { TemplateActions } from './template-actions';
import { ORIGIN_NAMES } from './template-list-item';
import './templates.css';

/** A template: what it prescribes (missing exercises named as such), and what can be done with it. */
export function TemplateDetailScreen({ address }: { address: string }) {
  const { data: detail, loading, error } = useQuery(templateQuery, address);
  const missing = !loading && (error !== undefined || detail === undefined);
  const unit = usePreferencesStore((s) => s.units);
  const { data: missingExercises } = useQuery(templateMissingQuery, detail && detail.missing.length > 0 ? detail.address : undefined);

  if (!detail) {
    return (
      <main className="screen">
        {missing ? (
          <div className="empty">
            <p>This template is not on this device.</p>
            <AppLink to={WORKOUT_PATH} className="button">
              Back to templates
            </AppLink>
          </div>
        ) : (
          <p className="muted" role="status">
            Loading the template…
          </p>
        )}
      </main>
    );
  }
  return (
    <main className="screen template-detail">
      <h2 className="detail__title">{detail.title}</h2>
      <div className="chips">
        <span className="chip chip--strong">{ORIGIN_NAMES[detail.origin]}</span>
        <span className="chip">{detail.type.charAt(0).toUpperCase() + detail.type.slice(1)}</span>
        <span className="chip">{formatCount(detail.exerciseCount, 'exercise')}</span>
        <span className="chip">{formatCount(detail.setCount, 'set')}</span>
        {detail.restBetweenSets !== undefined && <span className="chip">Rest {formatRest(detail.restBetweenSets)}</span>}
      </div>
      {detail.description && <p className="template-detail__description">{detail.description}</p>}
      {detail.missing.length > 0 && (
        <MissingExercises templateAddress={detail.address} count={detail.missing.length} exercises={missingExercises} />
      )}
      <TemplateActions detail={detail} />
      <OfflineAvailability address={detail.address} />
      <div className="template-detail__exercises">
        {detail.exercises.map((exercise, i) => (
          <PrescribedExercise
            key={exercise.address}
            exercise={exercise}
            missing={missingExercises?.find((item) => item.address === exercise.address)}
            supersetWithPrevious={i > 0 && sharesSetNumbers(detail.exercises[i - 1], exercise)}
            unit={unit}
          />
        ))}
      </div>
    </main>
  );
}

function sharesSetNumbers(a: TemplateDetail['exercises'][number] | undefined, b: TemplateDetail['exercises'][number]): boolean {
  const numbers = new Set(a?.sets.map((set) => set.setNumber));
  return b.sets.some((set) => numbers.has(set.setNumber));
}
