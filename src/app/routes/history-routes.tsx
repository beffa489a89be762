import { FeedScreen } from '../../features/feed/feed-screen';
import { ExerciseHistoryScreen } from '../../features/history/exercise-history-screen';
import { HistoryScreen } from '../../features/history/history-screen';
import { RecordCard } from '../../features/history/record-card';
import { RecordScreen } from '../../features/history/record-screen';
import { SettingsScreen } from '../../features/settings/settings-screen';
import type { RouteDef } from './route';

/** History, feed and settings screens (tabs `/history`, `/feed`, `/settings`, and their details). */
export const historyRoutes: RouteDef[] = [
  { pattern: /^\/history$/, title: 'History', render: () => <HistoryScreen /> },
  { pattern: /^\/history\/(.+)$/, title: 'Workout', render: (match) => <RecordScreen recordKey={decodePart(match[1])} /> },
  {
    pattern: /^\/exercise-history\/(.+)$/,
    title: 'Exercise history',
    render: (match) => <ExerciseHistoryScreen address={decodePart(match[1])} />,
  },
  { pattern: /^\/feed$/, title: 'Feed', render: () => <FeedScreen renderRecord={(item) => <RecordCard record={item} />} /> },
  { pattern: /^\/settings$/, title: 'Settings', render: () => <SettingsScreen /> },
];

/** A path part as written in links; a malformed escape is taken as it stands rather than breaking the screen. */
function decodePart(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return part ?? '';
  }
}
