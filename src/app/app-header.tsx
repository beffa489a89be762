import { useOnline } from '../lib/use-online';
import { InstallButton } from './install-button';

/** Top bar: the screen title, a back action where there is one, the install offer and the connection state. */
export function AppHeader({ title, onBack }: { title: string; onBack?: () => void }) {
  const online = useOnline();
  return (
    <header className="app-header">
      {onBack ? (
        <button type="button" className="icon-button" onClick={onBack} aria-label="Back">
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      ) : (
        <img className="app-header__logo" src="/icons/icon-192.png" alt="" width={32} height={32} />
      )}
      <h1 className="app-header__title">{title}</h1>
      <InstallButton />
      <span className={`net-pill ${online ? 'net-pill--online' : 'net-pill--offline'}`} data-testid="network-state">
        {online ? 'Online' : 'Offline'}
      </span>
    </header>
  );
}
