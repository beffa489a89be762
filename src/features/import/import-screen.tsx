import { useQuery } from '../../lib/query/use-query';
import { trainingImportProgressQuery } from '../../store/queries/import-queries';
import { useTrainingImportStore } from '../../store/training-import-store';
import { FileChooser } from './file-chooser';
import './import.css';
import { ImportProgress } from './import-progress';
import { ReviewScreen } from './review-screen';

/**
 * Importing a Strong or Hevy export: choose the file, review what was read (questions, lines left
 * out, the exercise mapping), then follow the import. An import under way, stopped or finished
 * shows first, whichever page started it (a stopped one is carried on before another can start),
 * until the person puts the finished one's result away.
 */
export function ImportScreen() {
  const progress = useQuery(trainingImportProgressQuery, {}).data;
  const preview = useTrainingImportStore((s) => s.preview);
  const dismissed = useTrainingImportStore((s) => s.dismissed);
  const following =
    progress && (progress.state === 'running' || progress.state === 'failed' || (progress.state === 'done' && progress.id !== dismissed));
  return (
    <main className="screen import">
      {following ? <ImportProgress progress={progress} /> : preview ? <ReviewScreen preview={preview} /> : <FileChooser />}
    </main>
  );
}
