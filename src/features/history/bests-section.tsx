import { PR_METRICS } from '../../domain/personal-records';
import type { WeightUnit } from '../../domain/units';
import { prText } from '../../ui/set-text';
import type { ExerciseHistory } from '../../worker/api';

/** The best figures ever for this exercise, those its sets measure, and the formula behind an estimated 1RM. */
export function BestsSection({ history, unit }: { history: ExerciseHistory; unit: WeightUnit }) {
  const { bests } = history;
  const figures = PR_METRICS.flatMap((metric) => {
    const value = bests[metric];
    return value === undefined ? [] : [{ metric, ...prText({ metric, value }, unit) }];
  });
  if (figures.length === 0) return null;
  return (
    <section className="detail__section" aria-labelledby="bests-title">
      <h3 id="bests-title">Bests</h3>
      <dl className="record__stats">
        {figures.map((figure) => (
          <div key={figure.metric} className="record__stat">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {bests.e1rm !== undefined && (
        <p className="formula" data-testid="e1rm-formula">
          Estimated 1RM uses {history.formula}. A single rep counts as the weight lifted; warm-up sets are left out.
        </p>
      )}
    </section>
  );
}
