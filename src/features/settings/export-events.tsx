import { useAccountStore } from '../../store/account-store';
import { useSettingsStore } from '../../store/settings-store';
import { FormError } from '../../ui/form-error';
import { SavedFile } from './saved-file';

/** Saves every event the person signed as a JSON file: a backup to import here or elsewhere. */
export function ExportEvents() {
  const signedIn = useAccountStore((s) => s.account?.status !== 'signed-out');
  const { exporting, exported, exportError, exportEvents } = useSettingsStore();
  return (
    <div className="settings-card">
      <p className="settings-card__title">Export</p>
      <p className="field__hint">Every event you signed (workouts, templates, exercises, profile, lists) in one JSON file.</p>
      <button type="button" className="button" onClick={() => void exportEvents()} disabled={!signedIn || exporting}>
        {exporting ? 'Preparing…' : 'Export my events'}
      </button>
      {!signedIn && <p className="field__hint">Sign in first: the export holds the events you signed.</p>}
      {exported && <SavedFile file={exported} noun="event" />}
      <FormError message={exportError?.message} />
    </div>
  );
}
