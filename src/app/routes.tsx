import { navigate, usePathname } from '../lib/router';
import { AppHeader } from './app-header';
import { coreRoutes } from './routes/core-routes';
import { historyRoutes } from './routes/history-routes';
import type { RouteDef } from './routes/route';
import { workoutRoutes } from './routes/workout-routes';
import { TabBar, TABS } from './tab-bar';

const ROUTES: RouteDef[] = [...workoutRoutes, ...historyRoutes, ...coreRoutes];

/** The screen for the current path: a tab screen with the tab bar, or a detail screen with a back button. */
export function Routes() {
  const pathname = usePathname();
  const found = findRoute(pathname) ?? findRoute('/');
  if (!found) return null;
  const { route, match } = found;
  const title = typeof route.title === 'function' ? route.title(match) : route.title;
  const tab = TABS.find((t) => t.path === pathname);
  if (tab) {
    return (
      <>
        <AppHeader title={title} />
        <div className="tab-content">{route.render(match)}</div>
        <TabBar current={tab.path} />
      </>
    );
  }
  const back = () => (history.length > 1 ? history.back() : navigate('/', { replace: true }));
  return (
    <>
      <AppHeader title={title} onBack={back} />
      {route.render(match)}
    </>
  );
}

function findRoute(pathname: string): { route: RouteDef; match: RegExpExecArray } | undefined {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (match) return { route, match };
  }
  return undefined;
}
