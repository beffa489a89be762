interface MoveButtonsProps {
  /** What moves, as the buttons name it: "Move Bench press up". */
  label: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
}

/** Up and down for one item of an ordered list (an editor's exercises, an exercise's parameters); the ends are disabled. */
export function MoveButtons({ label, index, count, onMove }: MoveButtonsProps) {
  return (
    <>
      <button type="button" className="tool-button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${label} up`}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M6 15l6-6 6 6" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <button
        type="button"
        className="tool-button"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={`Move ${label} down`}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
    </>
  );
}
