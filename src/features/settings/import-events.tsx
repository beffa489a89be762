import { useSettingsStore, type ImportReport } from '../../store/settings-store';
import { FormError } from '../../ui/form-error';
import { importReportLine } from './import-report-line';
import { FileButton } from '../../ui/file-button';

const REASONS_SHOWN = 3;

/** Reads a file of Nostr events (a Plates export, a JSON array or one event per line) into this device. */
export function ImportEvents() {
  const { importing, imported, importError, importFile } = useSettingsStore();
  return (
    <div className="settings-card">
      <p className="settings-card__title">Import</p>
      <p className="field__hint">
        Each event’s signature is checked; duplicates, older versions of what is here and events that break the rules are left out.
      </p>
      <FileButton
        className="button button--file"
        label="Import a file"
        busyLabel="Importing…"
        busy={importing}
        accept=".json,.jsonl,.ndjson,application/json"
        onFile={(file) => void importFile(file)}
      />
      {imported && <ImportResult fileName={imported.fileName} report={imported.report} />}
      <FormError message={importError?.message} />
    </div>
  );
}

function ImportResult({ fileName, report }: { fileName: string; report: ImportReport }) {
  const reasons = report.outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome] : [])).slice(0, REASONS_SHOWN);
  return (
    <div role="status" className="import-result" data-testid="import-result">
      <p className="import-result__file">{fileName}</p>
      <p>{importReportLine(report)}</p>
      {reasons.length > 0 && (
        <ul className="import-result__reasons" aria-label="Why events were rejected">
          {reasons.map((outcome, i) => (
            <li key={i}>
              {outcome.id ? `${outcome.id.slice(0, 8)}…: ` : ''}
              {outcome.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
