import { AppLink } from '../../lib/app-link';
import { accountPath } from '../../lib/paths';
import type { WorkerError } from '../../worker/api';

/** Errors that signing in, unlocking or reconnecting on the Account screen resolves. */
const ACCOUNT_ERRORS = new Set(['signed-out', 'locked', 'read-only', 'needs-extension', 'backup-required']);

interface WorkoutErrorProps {
  error: WorkerError;
  /** The workout is finished and kept, waiting for a signature. */
  waitingToSave: boolean;
  onRetry: () => void;
  onDismiss: () => void;
}

/** What went wrong, in words, and the way out: the Account screen, then try again. */
export function WorkoutError({ error, waitingToSave, onRetry, onDismiss }: WorkoutErrorProps) {
  const account = ACCOUNT_ERRORS.has(error.type);
  return (
    <div className="banner banner--error workout-error" role="alert">
      <p>{error.message}</p>
      {waitingToSave && <p>Your finished workout is kept on this device until it is saved.</p>}
      <div className="workout-error__actions">
        {account && (
          <AppLink to={accountPath.build()} className="button">
            {error.type === 'backup-required' ? 'Back up your key' : 'Go to Account'}
          </AppLink>
        )}
        {waitingToSave ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
