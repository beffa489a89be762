import { Workbox } from 'workbox-window';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the Workbox service worker that precaches the app shell. A new version
 * waits (it never takes over a running session by itself); `onUpdateWaiting` gets a
 * function that activates it and reloads once it controls the page.
 */
export function registerServiceWorker(onUpdateWaiting: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  wb.addEventListener('waiting', () => {
    onUpdateWaiting(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register().then((registration) => {
    if (!registration) return;
    // Look for a new version when the app comes back to the foreground, and hourly.
    const check = () => void registration.update().catch(() => undefined);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
    setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  });
}
