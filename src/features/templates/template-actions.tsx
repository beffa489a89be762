import { useEffect, useState } from 'react';
import { AppLink } from '../../lib/app-link';
import { navigate } from '../../lib/router';
import { useTemplatesStore } from '../../store/templates-store';
import { useWorkoutStore } from '../../store/workout-store';
import type { TemplateDetail } from '../../worker/api';
import { ActionError } from '../../ui/action-error';
import { DeleteTemplate } from './delete-template';
import { copyTemplatePath, editTemplatePath, WORKOUT_PATH } from '../../lib/paths';
import { shareTemplate, type ShareOutcome } from './share-template';

/** Start a workout from the template, and edit, duplicate, share or delete it. */
export function TemplateActions({ detail }: { detail: TemplateDetail }) {
  const session = useWorkoutStore((s) => s.session);
  const starting = useWorkoutStore((s) => s.busy === 'starting');
  const startError = useWorkoutStore((s) => s.error);
  const { start, load, clearError } = useWorkoutStore.getState();
  const actionError = useTemplatesStore((s) => s.actionError);
  const [shared, setShared] = useState<ShareOutcome>();
  const own = detail.origin === 'mine';

  useEffect(() => {
    clearError();
    void load();
  }, [clearError, load]);

  return (
    <div className="template-actions">
      {session ? (
        <p className="banner banner--warning template-actions__busy">
          A workout is in progress. <AppLink to={WORKOUT_PATH}>Go to your workout</AppLink> to finish or discard it first.
        </p>
      ) : (
        <button
          type="button"
          className="button button--primary template-actions__start"
          disabled={starting}
          onClick={() => void start(detail.address).then((started) => started && navigate(WORKOUT_PATH))}
        >
          {starting ? 'Starting…' : 'Start workout'}
        </button>
      )}
      <ActionError error={startError} />
      <div className="template-actions__row">
        {own && (
          <AppLink to={editTemplatePath.build({ address: detail.address })} className="button">
            Edit
          </AppLink>
        )}
        <AppLink to={copyTemplatePath.build({ address: detail.address })} className="button">
          Duplicate
        </AppLink>
        <button type="button" className="button" onClick={() => void shareTemplate(detail.title, detail.naddr).then(setShared)}>
          Share
        </button>
        {own && <DeleteTemplate address={detail.address} title={detail.title} />}
      </div>
      <ShareResult outcome={shared} />
      <ActionError error={actionError} />
    </div>
  );
}

function ShareResult({ outcome }: { outcome?: ShareOutcome }) {
  if (!outcome || outcome === 'cancelled' || outcome === 'shared') return null;
  if (outcome === 'copied') {
    return (
      <p className="template-actions__note" role="status">
        Link copied.
      </p>
    );
  }
  return (
    <label className="field template-actions__manual">
      <span className="field__hint">Copy this link to share the template:</span>
      <input readOnly value={outcome.manual} onFocus={(event) => event.target.select()} />
    </label>
  );
}
