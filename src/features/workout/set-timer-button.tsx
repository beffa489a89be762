import { unlockChime } from './chime';

interface SetTimerButtonProps {
  running: boolean;
  /** 1-based, as labels name the set. */
  position: number;
  disabled: boolean;
  onStart: () => void;
  onStop: () => void;
}

/** ▶ starts the set's timer (a countdown from its time when it has one), ■ stops it. */
export function SetTimerButton({ running, position, disabled, onStart, onStop }: SetTimerButtonProps) {
  return (
    <button
      type="button"
      className={`set-timer ${running ? 'set-timer--running' : ''}`}
      aria-label={`${running ? 'Stop' : 'Start'} timer, set ${position}`}
      disabled={disabled}
      onClick={() => {
        if (running) return onStop();
        // The tap lets the page chime when a countdown ends.
        unlockChime();
        onStart();
      }}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        {running ? (
          <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
        ) : (
          <path d="M8 5.5v13l10.5-6.5z" fill="currentColor" />
        )}
      </svg>
    </button>
  );
}
