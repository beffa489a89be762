import { useTrainingImportStore } from '../../store/training-import-store';
import { FormError } from '../../ui/form-error';
import { readingText } from './import-wording';
import { ProgressBar } from './progress-bar';
import { FileButton } from '../../ui/file-button';

/** The first step: what to export from Strong or Hevy, and the file chooser with how much of the file is read; a file Plates cannot read says why. */
export function FileChooser() {
  const reading = useTrainingImportStore((s) => s.busy === 'reading');
  const readShare = useTrainingImportStore((s) => s.readShare);
  const error = useTrainingImportStore((s) => s.error);
  const read = useTrainingImportStore((s) => s.read);
  return (
    <section className="import__step" aria-labelledby="import-choose-title">
      <h2 id="import-choose-title" className="import__title">
        Bring your workouts from Strong or Hevy
      </h2>
      <p className="muted">
        Export your workouts as a CSV file in Strong or Hevy (in their settings), then choose the file here. You see what was read before
        anything is saved.
      </p>
      <FileButton
        className="button button--primary import__file"
        label="Choose a CSV file"
        busyLabel="Reading the file…"
        busy={reading}
        accept=".csv,text/csv"
        onFile={(file) => void read(file)}
      />
      {readShare !== undefined && (
        <>
          <ProgressBar label="Reading the file" now={Math.floor(readShare * 100)} max={100} />
          <p className="field__hint" role="status">
            {readingText(readShare)}
          </p>
        </>
      )}
      {/* A refused file names the headers expected, one a line. */}
      <div className="import__refusal">
        <FormError message={error?.message} />
      </div>
    </section>
  );
}
