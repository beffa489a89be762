import { expect, type Page } from '@playwright/test';

export const E2E_RELAY_URL = 'ws://127.0.0.1:4311';

/** Opens the app pointed at the test relay and waits until the library shows results. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`${path}?relay=${encodeURIComponent(E2E_RELAY_URL)}`);
  await waitForLibrary(page);
}

export async function waitForLibrary(page: Page): Promise<void> {
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ exercises?$/, { timeout: 30_000 });
}

/** Resolves once a service worker controls the page (the first install claims it). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Reads every stored event of a kind straight from IndexedDB, as the browser holds it. */
export function readStoredEvents(page: Page, kind: number): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (k) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('plates');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const index = open.result.transaction('events').objectStore('events').index('[kind+created_at]');
            const request = index.getAll(IDBKeyRange.bound([k, -Infinity], [k, Infinity]));
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as Array<Record<string, unknown>>);
            };
            request.onerror = () => reject(request.error);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
    kind,
  );
}

export function countStoredRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('plates');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const request = open.result.transaction(name).objectStore(name).count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
    table,
  );
}

/** The stored workout in progress (its session, as the worker saved it), read straight from IndexedDB. */
export function readStoredWorkout<T>(page: Page): Promise<T | undefined> {
  return page.evaluate(
    () =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('plates');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('activeWorkout').objectStore('activeWorkout').get('current');
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result?.session as T | undefined);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Goes to an app path the way the app's links do (no reload, so a local key stays unlocked). */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
