import { useAppStore } from '../store/app-store';
import { BootErrorScreen, StartingScreen } from './boot-screens';
import { Routes } from './routes';
import { StorageAlert } from './storage-alert';
import { UpdatePrompt } from './update-prompt';

export function App() {
  const boot = useAppStore((s) => s.boot);
  if (boot.phase === 'failed') return <BootErrorScreen reason={boot.reason} />;
  return (
    <>
      {boot.phase === 'starting' ? <StartingScreen detail={boot.detail} /> : <Routes />}
      <StorageAlert />
      <UpdatePrompt />
    </>
  );
}
