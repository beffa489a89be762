import type { ReactNode } from 'react';
import { AccountScreen } from '../features/account/account-screen';
import { FeedScreen } from '../features/feed/feed-screen';
import { ExerciseHistoryScreen } from '../features/history/exercise-history-screen';
import { HistoryScreen } from '../features/history/history-screen';
import { RecordCard } from '../features/history/record-card';
import { RecordScreen } from '../features/history/record-screen';
import { ImportScreen } from '../features/import/import-screen';
import { ExerciseDetailScreen } from '../features/library/exercise-detail-screen';
import { ExerciseEditorScreen } from '../features/library/exercise-editor-screen';
import { LibraryScreen } from '../features/library/library-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { SyncScreen } from '../features/sync/sync-screen';
import { TemplateDetailScreen } from '../features/templates/template-detail-screen';
import { TemplateEditorScreen } from '../features/templates/template-editor-screen';
import { TemplateLinkScreen } from '../features/templates/template-link-screen';
import { TemplatesHome } from '../features/templates/templates-home';
import { WorkoutSummaryScreen } from '../features/workout/summary-screen';
import { WorkoutScreen } from '../features/workout/workout-screen';
import * as paths from '../lib/paths';
import type { PathDef, PathParams } from '../lib/paths';
import { navigate, usePathname } from '../lib/router';
import { AppHeader } from './app-header';
import { NotFoundScreen } from './not-found-screen';
import { TabBar, TABS } from './tab-bar';

/** One screen: its path (from lib/paths, where features find the link builders), the header title, and the screen. */
interface Route {
  title: string;
  /** The screen when the pathname is this route's, else undefined. */
  screen(pathname: string): (() => ReactNode) | undefined;
}

function route<P extends string>(path: PathDef<P>, title: string, render: (params: PathParams<P>) => ReactNode): Route {
  return {
    title,
    screen(pathname) {
      const params = path.match(pathname);
      return params && (() => render(params));
    },
  };
}

/** Every screen of the app. A tab's path (TABS) shows the tab bar; any other screen shows a back button. */
const ROUTES: Route[] = [
  route(paths.libraryPath, 'Library', () => <LibraryScreen />),
  route(paths.exercisePath, 'Exercise', ({ address }) => <ExerciseDetailScreen address={address} />),
  route(paths.newExercisePath, 'New exercise', () => <ExerciseEditorScreen kind="new" />),
  route(paths.editExercisePath, 'Edit exercise', ({ address }) => <ExerciseEditorScreen kind="edit" address={address} />),
  route(paths.copyExercisePath, 'Duplicate exercise', ({ address }) => <ExerciseEditorScreen kind="copy" address={address} />),
  route(paths.workoutPath, 'Workout', () => <WorkoutScreen children={<TemplatesHome />} />),
  route(paths.workoutSummaryPath, 'Workout complete', ({ key }) => <WorkoutSummaryScreen recordKey={key} />),
  route(paths.templatePath, 'Template', ({ address }) => <TemplateDetailScreen address={address} />),
  route(paths.newTemplatePath, 'New template', () => <TemplateEditorScreen kind="new" />),
  route(paths.editTemplatePath, 'Edit template', ({ address }) => <TemplateEditorScreen kind="edit" address={address} />),
  route(paths.copyTemplatePath, 'Duplicate template', ({ address }) => <TemplateEditorScreen kind="copy" address={address} />),
  route(paths.templateLinkPath, 'Shared template', ({ naddr }) => <TemplateLinkScreen link={naddr} />),
  route(paths.historyPath, 'History', () => <HistoryScreen />),
  route(paths.recordPath, 'Workout', ({ key }) => <RecordScreen recordKey={key} />),
  route(paths.exerciseHistoryPath, 'Exercise history', ({ address }) => <ExerciseHistoryScreen address={address} />),
  route(paths.feedPath, 'Feed', () => <FeedScreen renderRecord={(item) => <RecordCard record={item} />} />),
  route(paths.settingsPath, 'Settings', () => <SettingsScreen />),
  route(paths.importPath, 'Import workouts', () => <ImportScreen />),
  route(paths.syncPath, 'Sync', () => <SyncScreen />),
  route(paths.accountPath, 'Account', () => <AccountScreen />),
];

const NOT_FOUND = { title: 'Page not found', render: () => <NotFoundScreen /> };

/** The screen for the current path: a tab screen with the tab bar, a detail screen with a back button, or "not found". */
export function Routes() {
  const pathname = usePathname();
  const { title, render } = findScreen(pathname);
  const tab = TABS.find((t) => t.path === pathname);
  if (tab) {
    return (
      <>
        <AppHeader title={title} />
        <div className="tab-content">{render()}</div>
        <TabBar current={tab.path} />
      </>
    );
  }
  const back = () => (history.length > 1 ? history.back() : navigate(paths.libraryPath.build(), { replace: true }));
  return (
    <>
      <AppHeader title={title} onBack={back} />
      {render()}
    </>
  );
}

function findScreen(pathname: string): { title: string; render: () => ReactNode } {
  for (const { title, screen } of ROUTES) {
    const render = screen(pathname);
    if (render) return { title, render };
  }
  return NOT_FOUND;
}
