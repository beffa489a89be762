import { formatDecimal, formatWeight, type WeightUnit } from '../../domain/units';
import type { ExerciseHistory } from '../../worker/api';

/** The most reps ever done at each weight, heaviest first: what to beat next time at that load. */
export function RepsAtWeight({ rows, unit }: { rows: ExerciseHistory['repsAtWeight']; unit: WeightUnit }) {
  if (rows.length === 0) return null;
  return (
    <section className="detail__section" aria-labelledby="reps-at-weight-title">
      <h3 id="reps-at-weight-title">Most reps at each weight</h3>
      <table className="reps-table">
        <thead>
          <tr>
            <th scope="col">Weight</th>
            <th scope="col">Best reps</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.weightKg}>
              <td>{formatWeight(row.weightKg, unit)}</td>
              <td>{formatDecimal(row.reps)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
