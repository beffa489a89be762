import { useHistoryStore, type HistoryView } from '../../store/history-store';

const VIEWS: Array<{ view: HistoryView; label: string }> = [
  { view: 'list', label: 'List' },
  { view: 'calendar', label: 'Calendar' },
];

/** Switches History between the list of workouts and the month calendar. */
export function ViewToggle() {
  const { view, setView } = useHistoryStore();
  return (
    <div className="pill-switch" role="group" aria-label="Show workouts as">
      {VIEWS.map((option) => (
        <button
          key={option.view}
          type="button"
          className="pill-switch__option"
          aria-pressed={view === option.view}
          onClick={() => setView(option.view)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
