/* global window, document, history, addEventListener, MutationObserver, PopStateEvent, indexedDB */
// Everything of the app budgets that runs inside the page.

/**
 * Installed in every page before the app's scripts (context.addInitScript), in the page's own
 * clock (ms since navigation start): when the library first showed results, every keystroke
 * (input) and tap (click) as the page received it, and every long task (PerformanceObserver
 * 'longtask'). A user event is timed when its first listener runs, here; how long the browser
 * took to deliver it (event.timeStamp → here) is kept apart, since with Playwright's touch
 * emulation a tap's click waits for a second protocol message (the lifted finger).
 * The app's own marks (plates:library-query, plates:workout-saved) are read from its timeline.
 * Serialised by Playwright: it must not use anything from this module's scope.
 */
export function installProbes() {
  const probes = { inputs: [], taps: [], longTasks: [], libraryShown: undefined };
  Object.defineProperty(window, '__platesBudgets', { value: probes });
  const record = (list) => (event) => list.push({ at: performance.now(), delay: performance.now() - event.timeStamp });
  addEventListener('input', record(probes.inputs), true);
  addEventListener('click', record(probes.taps), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watcher = new MutationObserver(() => {
    const text = document.querySelector('[data-testid=result-count]')?.textContent ?? '';
    if (!/^[1-9]\d* exercises?$/.test(text) || !document.querySelector('ul[aria-label=Exercises] li')) return;
    probes.libraryShown = { at: performance.now(), text };
    watcher.disconnect();
  });
  watcher.observe(document, { childList: true, subtree: true, characterData: true });
}

/** The probes' records from `since` to `until` (page clock), and the app's measures of `name`. */
export function readProbes(page, name, since = 0, until = Number.MAX_VALUE) {
  return page.evaluate(
    ({ name, since, until }) => {
      const probes = window.__platesBudgets;
      const within = (t) => t >= since && t <= until;
      return {
        inputs: probes.inputs.filter((event) => within(event.at)),
        taps: probes.taps.filter((event) => within(event.at)),
        longTasks: probes.longTasks.filter((task) => within(task.start)),
        measures: performance
          .getEntriesByName(name ?? '', 'measure')
          .filter((m) => within(m.startTime))
          .map((m) => ({ start: m.startTime, end: m.startTime + m.duration, detail: m.detail })),
      };
    },
    { name, since, until },
  );
}

export function pageNow(page) {
  return page.evaluate(() => performance.now());
}

/** What a cold start saw: when the library showed results, first paint, and whether it was offline from the service worker. */
export async function coldStartSample(page) {
  await page.waitForFunction(() => window.__platesBudgets.libraryShown, null, { timeout: 60_000 });
  return page.evaluate(() => ({
    shownMs: window.__platesBudgets.libraryShown.at,
    shown: window.__platesBudgets.libraryShown.text,
    firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    workerStartedMs: performance.getEntriesByName('plates:worker-started')[0]?.startTime ?? NaN,
    starterPackCheckedMs: performance.getEntriesByName('plates:starter-pack-checked')[0]?.startTime ?? NaN,
    fromServiceWorker: navigator.serviceWorker.controller !== null,
    online: navigator.onLine,
  }));
}

/** Goes to an app path the way its links do (no page load, so an unlocked key stays unlocked). */
export async function goTo(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Rows of an IndexedDB table of the app's database, read (never written) from the page. */
export function countRows(page, table) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('plates');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Resolves once a service worker controls the page (its first install claims it). */
export async function waitForServiceWorkerControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}
