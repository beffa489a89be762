import { useTemplatesStore, type MissingFetchState } from '../../store/templates-store';
import { formatCount, formatMoment } from '../../ui/format';
import type { MissingExercise } from '../../worker/api';
import { authorLabel, titleHintFromD } from './missing-exercise-name';

interface MissingExercisesProps {
  templateAddress: string;
  /** How many the template waits for (from the template itself, shown before the list is read). */
  count: number;
  exercises: MissingExercise[] | undefined;
}

/**
 * The exercises a template names that are not on this device: each with what is known of it
 * (its `d` tag and the title it suggests, whose it is, when the relays were last asked), and
 * "Fetch again", which asks the relays now even if they were asked a moment ago.
 */
export function MissingExercises({ templateAddress, count, exercises }: MissingExercisesProps) {
  const fetchState = useTemplatesStore((s) => (s.missingFetch?.templateAddress === templateAddress ? s.missingFetch : undefined));
  const fetchMissingAgain = useTemplatesStore((s) => s.fetchMissingAgain);
  const asking = fetchState?.asking ?? false;
  return (
    <section className="banner banner--warning template-detail__missing missing-exercises" aria-label="Missing exercises">
      <p>
        {count === 1 ? '1 exercise is' : `${count} exercises are`} not on this device yet. Plates asks your relays for{' '}
        {count === 1 ? 'it' : 'them'} when online; you can start the workout meanwhile.
      </p>
      {exercises && exercises.length > 0 && (
        <ul className="missing-exercises__list">
          {exercises.map((exercise) => (
            <MissingExerciseItem key={exercise.address} exercise={exercise} />
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button missing-exercises__fetch"
        disabled={asking}
        onClick={() => void fetchMissingAgain(templateAddress)}
      >
        {asking ? 'Asking your relays…' : 'Fetch again'}
      </button>
      <p className="missing-exercises__status" role="status">
        {fetchState && !fetchState.asking ? fetchOutcome(fetchState) : ''}
      </p>
    </section>
  );
}

function MissingExerciseItem({ exercise }: { exercise: MissingExercise }) {
  const hint = titleHintFromD(exercise.d);
  return (
    <li className="missing-exercises__item">
      <span className="missing-exercises__name">{hint ?? exercise.d}</span>
      <span className="missing-exercises__meta">
        <span>
          d tag <code className="missing-exercises__d">{exercise.d}</code>
        </span>
        {exercise.pubkey && <span>by {authorLabel(exercise.pubkey, exercise.authorName)}</span>}
      </span>
      <span className="missing-exercises__meta">
        {exercise.lastAskedAt !== undefined ? `Relays last asked ${formatMoment(exercise.lastAskedAt)}` : 'Relays not asked yet'}
      </span>
    </li>
  );
}

function fetchOutcome(state: MissingFetchState): string {
  if (state.error) return `Could not ask the relays: ${state.error.message}`;
  const report = state.report;
  if (!report) return '';
  if (report.relays === 0) return 'No relay could be asked: check the connection and the relays in Settings.';
  const relays = formatCount(report.relays, 'relay');
  if (report.found === 0) return `Not found: asked ${relays} just now. Its author may not have published it there.`;
  return `Found ${report.found} of ${report.requested} (asked ${relays}).`;
}
