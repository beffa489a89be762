import { AppLink } from '../../lib/app-link';
import { historyPath } from '../../lib/paths';
import { useAccountStore } from '../../store/account-store';
import { useTrainingImportStore } from '../../store/training-import-store';
import { ActionError } from '../../ui/action-error';
import { FormError } from '../../ui/form-error';
import type { TrainingImportProgress } from '../../worker/api';
import { AccountFirst } from './account-first';
import { doneText, progressText, whyCannotImport } from './import-wording';
import { ProgressBar } from './progress-bar';

/** An import under way with its bar, done with the way to History, or stopped with its reason and the way to carry it on where it stopped. */
export function ImportProgress({ progress }: { progress: TrainingImportProgress }) {
  const { busy, error, carryOn, reset } = useTrainingImportStore();
  // A key locked by a restart, say: the way to Account, where the import carries on by itself once the account can sign.
  const blocked = whyCannotImport(useAccountStore((s) => s.account));
  if (progress.state === 'done') {
    return (
      <section className="import__step" aria-labelledby="import-done-title">
        <h2 id="import-done-title" className="import__title">
          Import complete
        </h2>
        <p role="status" data-testid="import-done">
          {doneText(progress)}
        </p>
        <AppLink to={historyPath.build()} className="button button--primary button--link">
          Open History
        </AppLink>
        <button type="button" className="button button--quiet" onClick={reset}>
          Import another file
        </button>
      </section>
    );
  }
  const { id } = progress;
  return (
    <section className="import__step" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title" className="import__title">
        {progress.state === 'failed' ? 'The import stopped' : 'Importing your workouts'}
      </h2>
      <ProgressBar label="Workouts imported" now={progress.done} max={progress.total} />
      <p data-testid="import-progress">{progressText(progress)}</p>
      {progress.state === 'failed' ? (
        <>
          {blocked ? (
            <>
              <AccountFirst reason={blocked} />
              <p className="field__hint">The import carries on by itself once your account can sign.</p>
            </>
          ) : (
            <>
              <FormError message={progress.error} />
              {id && (
                <button type="button" className="button button--primary" onClick={() => void carryOn(id)} disabled={busy !== undefined}>
                  {busy === 'starting' ? 'Starting…' : 'Carry on'}
                </button>
              )}
            </>
          )}
          <ActionError error={error} />
        </>
      ) : (
        <p className="field__hint">
          Each workout is signed and queued to publish. You can leave this screen: the import goes on, and carries on after a restart.
        </p>
      )}
    </section>
  );
}
