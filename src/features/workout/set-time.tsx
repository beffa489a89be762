import type { ReactNode } from 'react';
import type { SessionAction, SetTimer } from '../../domain/workout-session';
import { SetClock } from './set-clock';
import { SetTimerButton } from './set-timer-button';

interface SetTimeProps {
  setId: string;
  /** The time field, shown while the timer does not run. */
  children: ReactNode;
  timer: SetTimer | undefined;
  position: number;
  done: boolean;
  disabled: boolean;
  apply: (action: SessionAction) => void;
}

/** A set's time and its timer button (two cells of the set table): while the timer runs, its clock shows in place of the time. */
export function SetTime({ setId, children, timer, position, done, disabled, apply }: SetTimeProps) {
  return (
    <>
      {timer ? <SetClock timer={timer} label={`Timer, set ${position}`} /> : children}
      {done ? (
        // A done set's time is typed, not timed.
        <span aria-hidden="true" />
      ) : (
        <SetTimerButton
          running={Boolean(timer)}
          position={position}
          disabled={disabled}
          onStart={() => apply({ type: 'start-timer', setId })}
          onStop={() => apply({ type: 'stop-timer', setId })}
        />
      )}
    </>
  );
}
