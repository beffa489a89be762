import { AppLink } from '../lib/app-link';
import { accountPath } from '../lib/paths';
import type { WorkerError } from '../worker/api';

/** Errors that signing in, unlocking or reconnecting on the Account screen resolves. */
const ACCOUNT_ERRORS = new Set(['signed-out', 'locked', 'read-only', 'needs-extension']);

/** A failed save, delete or publish in words, with the way to the Account screen when signing is what failed. */
export function ActionError({ error }: { error?: WorkerError }) {
  if (!error) return null;
  return (
    <div className="form-error action-error" role="alert">
      <p>{error.message}</p>
      {ACCOUNT_ERRORS.has(error.type) && (
        <AppLink to={accountPath.build()} className="link-button">
          Go to Account
        </AppLink>
      )}
    </div>
  );
}
