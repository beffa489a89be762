import { useSyncExternalStore } from 'react';
import { requestPersistentStorage } from '../lib/persistent-storage';

/** Chromium's install offer (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

let offer: BeforeInstallPromptEvent | undefined;
const subscribers = new Set<() => void>();

function setOffer(next: BeforeInstallPromptEvent | undefined): void {
  offer = next;
  subscribers.forEach((notify) => notify());
}

// Listening from module load: the browser may make its offer before the header first renders.
window.addEventListener('beforeinstallprompt', (event) => {
  // Keeps the browser's own banner away; the header offers the install instead.
  event.preventDefault();
  setOffer(event as BeforeInstallPromptEvent);
});
window.addEventListener('appinstalled', () => {
  setOffer(undefined);
  // Installed to the home screen: the moment a browser is most willing to keep Plates' data.
  void requestPersistentStorage().catch(() => undefined);
});

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

/** "Install" in the header while the browser offers to install Plates; gone once installed. */
export function InstallButton() {
  const current = useSyncExternalStore(subscribe, () => offer);
  if (!current) return null;
  const install = () => {
    // An offer can be shown once; the browser makes a new one later if this one is dismissed.
    setOffer(undefined);
    void current.prompt();
  };
  return (
    <button type="button" className="install-button" onClick={install} title="Install Plates on this device">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M12 4v11M7 10l5 5 5-5M5 20h14"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Install
    </button>
  );
}
