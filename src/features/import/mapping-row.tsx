import type { MappingEntry } from '../../domain/exercise-mapping/map-exercises';
import { shownChoice, type EditedChoice } from '../../store/training-import-store';
import { formatCount } from '../../ui/format';
import { choiceNote, unfitWarning } from './import-wording';

/** One source name with its sets, the exercise it goes to with how it was chosen, and a warning when that exercise's format loses values. */
export function MappingRow({ entry, edit, onChange }: { entry: MappingEntry; edit: EditedChoice | undefined; onChange: () => void }) {
  const choice = shownChoice(entry, edit);
  const title = 'create' in choice ? entry.newExercise.title : choice.title;
  const warning = 'create' in choice ? undefined : unfitWarning(choice);
  return (
    <li className="mapping-row" aria-label={entry.name}>
      <div className="mapping-row__text">
        <p className="mapping-row__source">
          <span className="mapping-row__name">{entry.name}</span>
          <span className="mapping-row__sets"> · {formatCount(entry.setCount, 'set')}</span>
        </p>
        <p className="mapping-row__target">
          <span aria-hidden="true">→ </span>
          <span className="mapping-row__title" data-testid="mapping-choice">
            {title}
          </span>
        </p>
        <p className="mapping-row__note">{choiceNote(choice, entry.newExercise)}</p>
        {warning && <p className="mapping-row__warning">{warning}</p>}
      </div>
      <button
        type="button"
        className="link-button mapping-row__change"
        onClick={onChange}
        aria-label={`Change the exercise for ${entry.name}`}
      >
        Change
      </button>
    </li>
  );
}
