import { useEffect, useState } from 'react';
import { AppLink } from '../../lib/app-link';
import { copyExercisePath, editExercisePath, libraryPath } from '../../lib/paths';
import { navigate } from '../../lib/router';
import { useAccountStore } from '../../store/account-store';
import { useLibraryStore } from '../../store/library-store';
import { ActionError } from '../../ui/action-error';

/** Edit and delete one's own exercise; duplicate anyone's ("copy and adjust" under one's own key). */
export function ExerciseActions({ address, pubkey, title }: { address: string; pubkey: string; title: string }) {
  const own = useAccountStore((s) => s.account !== undefined && s.account.status !== 'signed-out' && s.account.pubkey === pubkey);
  const actionError = useLibraryStore((s) => s.actionError);
  const clearActionError = useLibraryStore((s) => s.clearActionError);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => clearActionError(), [clearActionError, address]);

  return (
    <div className="exercise-actions">
      <div className={`exercise-actions__row ${own ? '' : 'exercise-actions__row--single'}`}>
        {own && (
          <AppLink to={editExercisePath.build({ address })} className="button">
            Edit
          </AppLink>
        )}
        <AppLink to={copyExercisePath.build({ address })} className="button">
          {own ? 'Duplicate' : 'Duplicate to adjust'}
        </AppLink>
        {own && !confirming && (
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
      {own && confirming && <ConfirmDelete address={address} title={title} onCancel={() => setConfirming(false)} />}
      <ActionError error={actionError} />
    </div>
  );
}

function ConfirmDelete({ address, title, onCancel }: { address: string; title: string; onCancel: () => void }) {
  const deleting = useLibraryStore((s) => s.busy === 'deleting');
  const deleteExercise = useLibraryStore((s) => s.deleteExercise);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="delete-exercise-question">
      <p id="delete-exercise-question" className="confirm__question">
        Delete “{title}”?
      </p>
      <p className="muted">
        It is removed from this device, and a deletion request goes to your relays. Templates that use it show it as missing; workouts you
        logged with it stay.
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={deleting}
          onClick={() => void deleteExercise(address).then((done) => done && navigate(libraryPath.build(), { replace: true }))}
        >
          {deleting ? 'Deleting…' : 'Delete exercise'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={deleting}>
          Cancel
        </button>
      </div>
    </div>
  );
}
