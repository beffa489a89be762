import { Sheet } from '../../ui/sheet';

/** Discarding loses every set of the workout: asked once more. */
export function DiscardSheet({ onDiscard, onClose }: { onDiscard: () => void; onClose: () => void }) {
  return (
    <Sheet title="Discard this workout?" onClose={onClose}>
      <p className="sheet__text">Every set you logged in it is deleted from this device. This cannot be undone.</p>
      <div className="sheet__actions">
        <button type="button" className="button button--danger" onClick={onDiscard}>
          Discard workout
        </button>
        <button type="button" className="button" onClick={onClose}>
          Keep it
        </button>
      </div>
    </Sheet>
  );
}
