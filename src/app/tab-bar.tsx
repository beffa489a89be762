import type { ReactNode } from 'react';
import { AppLink } from '../lib/app-link';
import { AccountIcon, LibraryIcon, SyncIcon } from './tab-icons';

export interface Tab {
  path: string;
  title: string;
  icon: ReactNode;
}

export const TABS = [
  { path: '/', title: 'Library', icon: <LibraryIcon /> },
  { path: '/sync', title: 'Sync', icon: <SyncIcon /> },
  { path: '/account', title: 'Account', icon: <AccountIcon /> },
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
