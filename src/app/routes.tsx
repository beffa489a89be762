import { AccountScreen } from '../features/account/account-screen';
import { ExerciseDetailScreen } from '../features/library/exercise-detail-screen';
import { LibraryScreen } from '../features/library/library-screen';
import { SyncScreen } from '../features/sync/sync-screen';
import { navigate, usePathname } from '../lib/router';
import { AppHeader } from './app-header';
import { TabBar, TABS } from './tab-bar';

/** The screen for the current path: a detail screen with a back button, or a tab with the tab bar. */
export function Routes() {
  const pathname = usePathname();
  const exerciseMatch = /^\/exercise\/(.+)$/.exec(pathname);
  if (exerciseMatch?.[1]) {
    const back = () => (history.length > 1 ? history.back() : navigate('/', { replace: true }));
    return (
      <>
        <AppHeader title="Exercise" onBack={back} />
        <ExerciseDetailScreen address={decodeURIComponent(exerciseMatch[1])} />
      </>
    );
  }
  // Any other path is the library, the first tab.
  const tab = TABS.find((t) => t.path === pathname) ?? TABS[0];
  return (
    <>
      <AppHeader title={tab.title} />
      <div className="tab-content">{tabScreen(tab.path)}</div>
      <TabBar current={tab.path} />
    </>
  );
}

function tabScreen(path: string) {
  if (path === '/sync') return <SyncScreen />;
  if (path === '/account') return <AccountScreen />;
  return <LibraryScreen />;
}
