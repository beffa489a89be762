import type { CalendarMonth } from '../../store/queries/history-queries';
import { formatMonth } from '../../ui/format';

/** "November 2026" between previous and next month buttons. */
export function MonthNavigation({
  month,
  onMove,
  canGoForward,
}: {
  month: CalendarMonth;
  onMove: (by: number) => void;
  canGoForward: boolean;
}) {
  return (
    <div className="month-nav">
      <button type="button" className="icon-button month-nav__button" onClick={() => onMove(-1)} aria-label="Previous month">
        <Chevron d="M15 5l-7 7 7 7" />
      </button>
      <h2 className="month-nav__title" aria-live="polite">
        {formatMonth(month.year, month.month)}
      </h2>
      <button
        type="button"
        className="icon-button month-nav__button"
        onClick={() => onMove(1)}
        disabled={!canGoForward}
        aria-label="Next month"
      >
        <Chevron d="M9 5l7 7-7 7" />
      </button>
    </div>
  );
}

function Chevron({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
