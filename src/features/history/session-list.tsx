import type { ExerciseFormat } from '../../domain/exercise-format';
import { formatWeight, type WeightUnit } from '../../domain/units';
import { AppLink } from '../../lib/app-link';
import type { ExerciseSession } from '../../worker/api';
import { formatCount, formatDay, formatVolume } from '../../ui/format';
import { formatSet } from '../../ui/set-text';
import { recordPath } from '../../lib/paths';

/** Every workout with this exercise, newest first: its best set in the exercise's own terms, and a lift's estimated 1RM and volume. */
export function SessionList({
  sessions,
  format,
  unit,
}: {
  sessions: readonly ExerciseSession[];
  format: ExerciseFormat | undefined;
  unit: WeightUnit;
}) {
  return (
    <section className="detail__section" aria-labelledby="sessions-title">
      <h3 id="sessions-title">Sessions</h3>
      <ul className="session-list">
        {sessions.map((session) => (
          <li key={session.recordKey}>
            <AppLink to={recordPath.build({ key: session.recordKey })} className="session">
              <span className="session__head">
                <span className="session__date">{formatDay(session.start)}</span>
                <span className="session__sets">{formatCount(session.sets.length, 'set')}</span>
              </span>
              <span className="session__figures">
                {/* What was done, without the effort it took: the RPE is on the workout's own screen. */}
                <span>Best {session.best ? formatSet({ ...session.best, rpe: undefined }, unit, format) : '–'}</span>
                {session.bests.e1rm !== undefined && <span>e1RM {formatWeight(session.bests.e1rm, unit)}</span>}
                {session.bests.volume !== undefined && <span>{formatVolume(session.bests.volume, unit)}</span>}
              </span>
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
