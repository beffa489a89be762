import { formatWeight, type WeightUnit } from '../../domain/units';
import type { ExerciseHistory } from '../../worker/api';
import { formatVolume } from '../../ui/format';

/** The best figures ever for this exercise, and the formula behind the estimated 1RM. */
export function BestsSection({ history, unit }: { history: ExerciseHistory; unit: WeightUnit }) {
  const { bests } = history;
  const figures = [
    { label: 'Heaviest', value: bests.weightKg === undefined ? undefined : formatWeight(bests.weightKg, unit) },
    { label: 'Best e1RM', value: bests.e1rmKg === undefined ? undefined : formatWeight(bests.e1rmKg, unit) },
    { label: 'Best volume', value: bests.volumeKg === undefined ? undefined : formatVolume(bests.volumeKg, unit) },
  ];
  return (
    <section className="detail__section" aria-labelledby="bests-title">
      <h3 id="bests-title">Bests</h3>
      <dl className="record__stats">
        {figures.map((figure) => (
          <div key={figure.label} className="record__stat">
            <dt>{figure.label}</dt>
            <dd>{figure.value ?? '–'}</dd>
          </div>
        ))}
      </dl>
      <p className="formula" data-testid="e1rm-formula">
        Estimated 1RM uses {history.formula}. A single rep counts as the weight lifted; warm-up sets are left out.
      </p>
    </section>
  );
}
