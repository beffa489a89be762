import { useEffect, useRef } from 'react';
import { REST_STEP_SECONDS, restRemaining } from '../../domain/rest-timer';
import type { RestTimer, SessionAction } from '../../domain/workout-session';
import { playChime, vibrate } from './chime';
import { formatClock } from '../../ui/format';
import { useNow } from './use-now';

/** The rest after a ticked set, counted down from its timestamps at the bottom of the screen. */
export function RestBar({ rest, apply }: { rest: RestTimer; apply: (action: SessionAction) => void }) {
  const now = useNow(250);
  const remaining = restRemaining({ rest }, now) ?? 0;
  useRestAlarm(rest, remaining);
  const fraction = rest.durationSeconds > 0 ? remaining / rest.durationSeconds : 0;
  const over = remaining === 0;

  return (
    <div className={`rest-bar ${over ? 'rest-bar--over' : ''}`} role="timer" aria-label="Rest timer">
      <div className="rest-bar__track" aria-hidden="true">
        <div className="rest-bar__fill" style={{ transform: `scaleX(${fraction})` }} />
      </div>
      <div className="rest-bar__row">
        <div className="rest-bar__text">
          <span className="rest-bar__label">{over ? 'Rest over' : 'Rest'}</span>
          <span className="rest-bar__time" data-testid="rest-remaining">
            {formatClock(remaining)}
          </span>
        </div>
        {!over && (
          <>
            <button
              type="button"
              className="rest-bar__button"
              onClick={() => apply({ type: 'adjust-rest', seconds: -REST_STEP_SECONDS })}
              aria-label={`${REST_STEP_SECONDS} seconds less`}
            >
              −{REST_STEP_SECONDS}
            </button>
            <button
              type="button"
              className="rest-bar__button"
              onClick={() => apply({ type: 'adjust-rest', seconds: REST_STEP_SECONDS })}
              aria-label={`${REST_STEP_SECONDS} seconds more`}
            >
              +{REST_STEP_SECONDS}
            </button>
          </>
        )}
        <button type="button" className="rest-bar__button rest-bar__button--skip" onClick={() => apply({ type: 'skip-rest' })}>
          {over ? 'Dismiss' : 'Skip'}
        </button>
      </div>
    </div>
  );
}

/** Chimes and buzzes once when this page sees the rest reach zero (not when it opens on a rest that ended long ago). */
function useRestAlarm(rest: RestTimer, remaining: number): void {
  const last = useRef<{ setId: string; remaining: number }>(undefined);
  useEffect(() => {
    const before = last.current;
    last.current = { setId: rest.setId, remaining };
    if (remaining === 0 && before?.setId === rest.setId && before.remaining > 0) {
      playChime();
      vibrate();
    }
  }, [rest.setId, remaining]);
}
