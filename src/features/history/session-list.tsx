import { formatWeight, type WeightUnit } from '../../domain/units';
import { AppLink } from '../../lib/app-link';
import type { ExerciseSession } from '../../worker/api';
import { formatCount, formatDay, formatVolume } from '../../ui/format';
import { formatSetLoad } from '../../ui/set-text';
import { recordPath } from '../../lib/paths';

/** Every workout with this exercise, newest first: its best set, estimated 1RM and volume. */
export function SessionList({ sessions, unit }: { sessions: readonly ExerciseSession[]; unit: WeightUnit }) {
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
                <span>Best {bestText(session.best, unit)}</span>
                {session.e1rmKg !== undefined && <span>e1RM {formatWeight(session.e1rmKg, unit)}</span>}
                {session.volumeKg > 0 && <span>{formatVolume(session.volumeKg, unit)}</span>}
              </span>
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function bestText(best: ExerciseSession['best'], unit: WeightUnit): string {
  return best ? formatSetLoad(best, unit) : '–';
}
