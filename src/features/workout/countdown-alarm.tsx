import { useEffect, useRef } from 'react';
import type { SessionAction, SetTimer } from '../../domain/workout-session';
import { playChime, vibrate } from './chime';
import { countdownStep, sameTimer } from './countdown-end';
import { useNow } from './use-now';

/**
 * Watches a set's countdown (a plank held for its time): when this page sees it reach 0 it
 * chimes, buzzes once and stops it; one found already over (the tab was killed mid-plank and
 * reopened later) is stopped quietly. Either way the set takes the countdown's length.
 */
export function CountdownAlarm({ timer, apply }: { timer: SetTimer; apply: (action: SessionAction) => void }) {
  const now = useNow(250);
  const seenRunning = useRef<SetTimer>(undefined);
  const stopped = useRef<SetTimer>(undefined);
  useEffect(() => {
    const step = countdownStep(timer, now, seenRunning.current);
    if (step === 'running') {
      seenRunning.current = timer;
      return;
    }
    // Asked once: the stop shows at once and this alarm goes with the timer.
    if (stopped.current && sameTimer(stopped.current, timer)) return;
    stopped.current = timer;
    if (step === 'ended') {
      playChime();
      vibrate();
    }
    apply({ type: 'stop-timer', setId: timer.setId });
  }, [timer, now, apply]);
  return null;
}
