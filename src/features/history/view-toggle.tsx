import { useHistoryStore, type HistoryView } from '../../store/history-store';
import { SegmentedControl } from '../../ui/segmented-control';

const VIEWS: ReadonlyArray<{ value: HistoryView; label: string }> = [
  { value: 'list', label: 'List' },
  { value: 'calendar', label: 'Calendar' },
];

/** Switches History between the list of workouts and the month calendar. */
export function ViewToggle() {
  const { view, setView } = useHistoryStore();
  return <SegmentedControl label="Show workouts as" options={VIEWS} value={view} onChange={setView} />;
}
