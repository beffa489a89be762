import { useState } from 'react';
import type { ImportProblem } from '../../domain/training-csv/training-file';
import { formatCount } from '../../ui/format';
import { problemText } from './import-wording';

/** How many lines show before "Show all". */
const FIRST_SHOWN = 3;

/** The rows left out, each with its line and reason; the good rows import. */
export function LineErrors({ problems, count }: { problems: readonly ImportProblem[]; count: number }) {
  const [all, setAll] = useState(false);
  if (count === 0) return null;
  const shown = all ? problems : problems.slice(0, FIRST_SHOWN);
  return (
    <section className="import__step" aria-labelledby="import-problems-title">
      <h2 id="import-problems-title" className="section-title">
        {formatCount(count, 'line')} left out
      </h2>
      <p className="field__hint">These rows could not be read and are not imported; every other row is.</p>
      <ul className="import-problems" aria-label="Lines left out">
        {shown.map((problem, i) => (
          <li key={i}>{problemText(problem)}</li>
        ))}
      </ul>
      {!all && problems.length > FIRST_SHOWN && (
        <button type="button" className="link-button import__more" onClick={() => setAll(true)}>
          Show all {count}
        </button>
      )}
      {all && count > problems.length && <p className="field__hint">The first {problems.length} are listed.</p>}
    </section>
  );
}
