import { Sheet } from '../../ui/sheet';
import { formatCount } from '../../ui/format';

interface FinishSheetProps {
  doneSets: number;
  openSets: number;
  onFinish: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** Asked before finishing with sets not done: they are left out of the record. */
export function FinishSheet({ doneSets, openSets, onFinish, onDiscard, onClose }: FinishSheetProps) {
  if (doneSets === 0) {
    return (
      <Sheet title="Nothing to save yet" onClose={onClose}>
        <p className="sheet__text">Tick at least one set done to save this workout, or discard it.</p>
        <div className="sheet__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            Keep going
          </button>
          <button type="button" className="button button--danger" onClick={onDiscard}>
            Discard workout
          </button>
        </div>
      </Sheet>
    );
  }
  return (
    <Sheet title="Finish workout?" onClose={onClose}>
      <p className="sheet__text">
        {openSets === 1 ? '1 set is' : `${openSets} sets are`} not ticked done and will be left out. {formatCount(doneSets, 'done set')}{' '}
        will be saved.
      </p>
      <div className="sheet__actions">
        <button type="button" className="button button--primary" onClick={onFinish}>
          Finish anyway
        </button>
        <button type="button" className="button" onClick={onClose}>
          Keep going
        </button>
      </div>
    </Sheet>
  );
}
