import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { followLibraryChanges } from '../store/library-store';
import { BootErrorScreen, StartingScreen } from './boot-screens';
import { Routes } from './routes';
import { StorageAlert } from './storage-alert';
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
      <StorageAlert />
      <UpdatePrompt />
    </>
  );
}
