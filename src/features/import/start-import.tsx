import { useAccountStore } from '../../store/account-store';
import { useTrainingImportStore } from '../../store/training-import-store';
import { ActionError } from '../../ui/action-error';
import { formatCount } from '../../ui/format';
import type { TrainingImportPreview } from '../../worker/api';
import { AccountFirst } from './account-first';
import { whyCannotImport } from './import-wording';

/** "Import N workouts", or why the account cannot sign them yet with the way to Account; "Choose another file" either way. */
export function StartImport({ preview }: { preview: TrainingImportPreview }) {
  const account = useAccountStore((s) => s.account);
  const { busy, error, start, reset } = useTrainingImportStore();
  const blocked = whyCannotImport(account);
  const toImport = preview.workouts - preview.alreadyImported;
  return (
    <div className="import__actions">
      {blocked ? (
        <AccountFirst reason={blocked} />
      ) : toImport > 0 ? (
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy !== undefined}>
          {busy === 'starting' ? 'Starting…' : `Import ${formatCount(toImport, 'workout')}`}
        </button>
      ) : (
        <p className="import__blocked">Nothing new to import: every workout of this file is here already.</p>
      )}
      <ActionError error={error} />
      <button type="button" className="button button--quiet" onClick={reset} disabled={busy !== undefined}>
        Choose another file
      </button>
    </div>
  );
}
