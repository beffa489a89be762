import { LostDataScreen } from '../features/account/lost-data-screen';
import { useAccountStore } from '../store/account-store';
import { useAppStore } from '../store/app-store';
import { BootErrorScreen, StartingScreen } from './boot-screens';
import { Routes } from './routes';
import { StorageAlert } from './storage-alert';
import { UpdatePrompt } from './update-prompt';

export function App() {
  const boot = useAppStore((s) => s.boot);
  // The browser lost the database of an account this device had: recovery comes before anything else.
  const lost = useAccountStore((s) => s.lost);
  if (boot.phase === 'failed') return <BootErrorScreen reason={boot.reason} />;
  return (
    <>
      {boot.phase === 'starting' ? <StartingScreen detail={boot.detail} /> : lost ? <LostDataScreen lost={lost} /> : <Routes />}
      <StorageAlert />
      <UpdatePrompt />
    </>
  );
}
