import { useEffect } from 'react';
import { ExerciseDetailScreen } from '../features/library/exercise-detail-screen';
import { LibraryScreen } from '../features/library/library-screen';
import { navigate, usePathname } from '../lib/router';
import { useAppStore } from '../store/app-store';
import { followLibraryChanges } from '../store/library-store';
import { AppHeader } from './app-header';
import { BootErrorScreen, StartingScreen } from './boot-screens';
import { UpdatePrompt } from './update-prompt';

export function App() {
  const boot = useAppStore((s) => s.boot);
  useEffect(() => {
    if (boot.phase === 'ready') return followLibraryChanges();
  }, [boot.phase]);

  if (boot.phase === 'failed') return <BootErrorScreen reason={boot.reason} />;
  return (
    <>
      {boot.phase === 'starting' ? <StartingScreen detail={boot.detail} /> : <Routes />}
      <UpdatePrompt />
    </>
  );
}

function Routes() {
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
  return (
    <>
      <AppHeader title="Library" />
      <LibraryScreen />
    </>
  );
}
