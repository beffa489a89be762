import { AccountScreen } from '../../features/account/account-screen';
import { ExerciseDetailScreen } from '../../features/library/exercise-detail-screen';
import { LibraryScreen } from '../../features/library/library-screen';
import { SyncScreen } from '../../features/sync/sync-screen';
import type { RouteDef } from './route';

/** The library, account and sync screens. */
export const coreRoutes: RouteDef[] = [
  { pattern: /^\/$/, title: 'Library', render: () => <LibraryScreen /> },
  {
    pattern: /^\/exercise\/(.+)$/,
    title: 'Exercise',
    render: (match) => <ExerciseDetailScreen address={decodeURIComponent(match[1] ?? '')} />,
  },
  { pattern: /^\/sync$/, title: 'Sync', render: () => <SyncScreen /> },
  { pattern: /^\/account$/, title: 'Account', render: () => <AccountScreen /> },
];
