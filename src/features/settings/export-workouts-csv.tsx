import { useAccountStore } from '../../store/account-store';
import { useSettingsStore } from '../../store/settings-store';
import { FormError } from '../../ui/form-error';
import { SavedFile } from './saved-file';

/** Saves the person's workouts as Strong's CSV export, which Strong, Hevy and spreadsheets read. */
export function ExportWorkoutsCsv() {
  const signedIn = useAccountStore((s) => s.account?.status !== 'signed-out');
  const { exportingCsv, exportedCsv, csvExportError, exportWorkoutsCsv } = useSettingsStore();
  return (
    <div className="settings-card">
      <p className="settings-card__title">Workouts as CSV</p>
      <p className="field__hint">Your workouts in the CSV format of Strong’s export, for other apps and spreadsheets.</p>
      <button type="button" className="button" onClick={() => void exportWorkoutsCsv()} disabled={!signedIn || exportingCsv}>
        {exportingCsv ? 'Preparing…' : 'Export workouts as CSV'}
      </button>
      {!signedIn && <p className="field__hint">Sign in first: the export holds the workouts you signed.</p>}
      {exportedCsv && <SavedFile file={exportedCsv} noun="workout" />}
      <FormError message={csvExportError?.message} />
    </div>
  );
}
