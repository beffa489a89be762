import { useState } from 'react';
import { navigate } from '../../lib/router';
import { useTemplatesStore } from '../../store/templates-store';
import { WORKOUT_PATH } from '../../lib/paths';

/** Delete, behind a confirmation that says it reaches the relays too. */
export function DeleteTemplate({ address, title }: { address: string; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const busy = useTemplatesStore((s) => s.busy);
  const deleteTemplate = useTemplatesStore((s) => s.deleteTemplate);

  if (!confirming) {
    return (
      <button type="button" className="button button--quiet template-actions__delete" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="delete-template-question">
      <p id="delete-template-question" className="confirm__question">
        Delete “{title}”?
      </p>
      <p className="muted">It is removed from this device, and a deletion request goes to your relays. Workouts you logged with it stay.</p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={busy === 'deleting'}
          onClick={() => void deleteTemplate(address).then((done) => done && navigate(WORKOUT_PATH, { replace: true }))}
        >
          {busy === 'deleting' ? 'Deleting…' : 'Delete template'}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)} disabled={busy === 'deleting'}>
          Cancel
        </button>
      </div>
    </div>
  );
}
