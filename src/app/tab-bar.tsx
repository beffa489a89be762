import type { ReactNode } from 'react';
import { AppLink } from '../lib/app-link';
import { feedPath, historyPath, libraryPath, settingsPath, workoutPath } from '../lib/paths';
import { FeedIcon, HistoryIcon, LibraryIcon, SettingsIcon, WorkoutIcon } from './tab-icons';

export interface Tab {
  path: string;
  title: string;
  icon: ReactNode;
}

export const TABS = [
  { path: workoutPath.build(), title: 'Workout', icon: <WorkoutIcon /> },
  { path: historyPath.build(), title: 'History', icon: <HistoryIcon /> },
  { path: libraryPath.build(), title: 'Library', icon: <LibraryIcon /> },
  { path: feedPath.build(), title: 'Feed', icon: <FeedIcon /> },
  { path: settingsPath.build(), title: 'Settings', icon: <SettingsIcon /> },
] as const satisfies readonly Tab[];

/** The bottom bar of the top-level screens, within thumb reach; detail screens hide it and show a back button. */
export function TabBar({ current }: { current: string }) {
  return (
    <nav className="tab-bar" aria-label="Main">
      {TABS.map((tab) => (
        <AppLink key={tab.path} to={tab.path} className="tab" aria-current={tab.path === current ? 'page' : undefined}>
          <span className="tab__icon">{tab.icon}</span>
          <span className="tab__label">{tab.title}</span>
        </AppLink>
      ))}
    </nav>
  );
}
