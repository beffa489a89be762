import type { TrainingImportPreview } from '../../worker/api';
import { ExerciseMapping } from './exercise-mapping';
import { LineErrors } from './line-errors';
import { ReadingQuestions } from './reading-questions';
import { ReviewSummary } from './review-summary';
import { StartImport } from './start-import';

/** What a file holds, before anything is signed: its figures, the questions it leaves open, the lines left out, the exercise mapping. */
export function ReviewScreen({ preview }: { preview: TrainingImportPreview }) {
  return (
    <>
      <ReviewSummary preview={preview} />
      <ReadingQuestions preview={preview} />
      <LineErrors problems={preview.problems} count={preview.problemCount} />
      <ExerciseMapping entries={preview.exercises} />
      <StartImport preview={preview} />
    </>
  );
}
