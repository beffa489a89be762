import type { Page } from '@playwright/test';

/** One set row as the workout screen shows it. */
export interface ShownSet {
  /** 1-based, as its labels name it ("Set 2 done"). */
  position: number;
  /** aria-pressed of its done button. */
  done: boolean;
  /** The tick (or untick) is not stored yet (data-pending on the done button). */
  pending: boolean;
  weight: string;
  reps: string;
  rpe: string;
}

export interface ShownExercise {
  title: string;
  /** The exercise's address, read from the card's link ('' when the card has no link). */
  address: string;
  sets: ShownSet[];
}

/** What the page shows, read from the DOM in one go. */
export interface Shown {
  path: string;
  /** The "Workout complete" screen of the record at `recordKey`. */
  complete: boolean;
  recordKey?: string;
  /** 'finished' = finished and kept, waiting to be signed ("Save workout"). */
  workout: 'none' | 'active' | 'finished' | 'saving' | 'unknown';
  exercises: ShownExercise[];
  resting: boolean;
  /** A "Finish workout?" or "Nothing to save yet" sheet is open. */
  sheet?: string;
}

/** Reads the workout screen's state from the DOM: no waiting, so it is what a person sees at this instant. */
export function readShown(page: Page): Promise<Shown> {
  return page.evaluate(domSnapshot);
}

/**
 * Taps a set's done button from inside the page and reads the screen the moment React has
 * shown the tap: one round trip from the tap to the snapshot, so the kill that follows lands
 * within a few milliseconds of the tap (a tap through Playwright costs several round trips).
 */
export function tapAndSnapshot(page: Page, exerciseTitle: string, buttonLabel: string): Promise<Shown> {
  // A string, not a function: the snapshot's code goes along as source (the page runs no eval of its own).
  return page.evaluate(`(async () => {
    const section = [...document.querySelectorAll('section[aria-label]')].find((s) => s.getAttribute('aria-label') === ${JSON.stringify(exerciseTitle)});
    const button = section && section.querySelector(${JSON.stringify(`button[aria-label="${buttonLabel}"]`)});
    if (!button) throw new Error(${JSON.stringify(`no button ${buttonLabel} in ${exerciseTitle}`)});
    const state = () => button.getAttribute('aria-pressed') + '|' + button.getAttribute('data-pending');
    const before = state();
    button.click();
    for (let i = 0; i < 20 && state() === before; i++) await (i < 3 ? Promise.resolve() : new Promise((r) => setTimeout(r, 0)));
    return (${domSnapshot.toString()})();
  })()`);
}

/** The state of the screen; runs in the page (standalone: no closure, it is sent as source). */
function domSnapshot(): Shown {
  const path = location.pathname;
  const headings = [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? '');
  const complete = headings.includes('Workout complete');
  const summary = /^\/workout\/summary\/([^/]+)$/.exec(path);
  const buttons = [...document.querySelectorAll('button')];
  const label = (b: Element) => b.textContent?.trim() ?? '';
  let workout: Shown['workout'] = 'unknown';
  if (buttons.some((b) => label(b) === 'Finish')) workout = 'active';
  else if (buttons.some((b) => label(b) === 'Save workout')) workout = 'finished';
  else if (buttons.some((b) => label(b) === 'Saving…')) workout = 'saving';
  else if (buttons.some((b) => label(b) === 'Start empty workout')) workout = 'none';
  const exercises = [...document.querySelectorAll('section[aria-label]')]
    .filter((section) => section.querySelector('li[aria-label^="Set "]') || section.querySelector('button[aria-label^="Options for "]'))
    .map((section) => {
      const link = section.querySelector<HTMLAnchorElement>('a[href^="/exercise/"]');
      const address = link ? decodeURIComponent(link.pathname.slice('/exercise/'.length)) : '';
      const sets = [...section.querySelectorAll('li[aria-label^="Set "]')].map((row) => {
        const position = Number(row.getAttribute('aria-label')?.slice(4));
        const done = row.querySelector(`button[aria-label="Set ${position} done"]`);
        const value = (name: string) => row.querySelector<HTMLInputElement>(`input[aria-label="${name}, set ${position}"]`)?.value ?? '';
        return {
          position,
          done: done?.getAttribute('aria-pressed') === 'true',
          pending: done?.getAttribute('data-pending') === 'true',
          weight: value('Weight'),
          reps: value('Reps'),
          rpe: value('RPE'),
        };
      });
      return { title: section.getAttribute('aria-label') ?? '', address, sets };
    });
  const sheet = [...document.querySelectorAll('[role="dialog"]')]
    .map((dialog) => dialog.getAttribute('aria-label') ?? dialog.querySelector('h2')?.textContent ?? '')
    .find(Boolean);
  return {
    path,
    complete,
    ...(summary?.[1] ? { recordKey: decodeURIComponent(summary[1]) } : {}),
    workout,
    exercises,
    resting: document.querySelector('[role="timer"][aria-label="Rest timer"]') !== null,
    ...(sheet ? { sheet } : {}),
  };
}

/** A 1301 record as stored. */
export interface StoredRecordEvent {
  id: string;
  d: string;
  /** Its exercise tags: address and the strength parameters (weight, reps, RPE, set type). */
  sets: Array<{ address: string; weight: string; reps: string; rpe: string }>;
}

/** What the worker stored, read straight from IndexedDB with the raw API (not through the app). */
export interface Stored {
  /** The workout in progress (activeWorkout 'current'). */
  active?: { id: string; finished: boolean };
  records: StoredRecordEvent[];
  /** Outbox rows of 1301 events: which record each carries and its state. */
  outbox: Array<{ eventId: string; d: string; relay: string; status: string }>;
  /** Keys of the records read model (what History lists). */
  historyKeys: string[];
  /** False when the database is missing or has no tables (the browser dropped it). */
  exists: boolean;
}

export function readStored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const missing: Stored = { records: [], outbox: [], historyKeys: [], exists: false };
        let created = false;
        const open = indexedDB.open('plates');
        open.onerror = () => (created ? resolve(missing) : reject(open.error ?? new Error('indexedDB.open failed')));
        open.onupgradeneeded = () => {
          // The database did not exist: do not leave an empty one behind for the app to find.
          created = true;
          open.transaction?.abort();
        };
        open.onsuccess = () => {
          const db = open.result;
          const names = ['activeWorkout', 'events', 'outbox', 'records'];
          if (!names.every((name) => db.objectStoreNames.contains(name))) {
            db.close();
            resolve(missing);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const dOf = (tags: unknown): string => {
            const tag = (tags as string[][]).find((t) => t[0] === 'd');
            return tag?.[1] ?? '';
          };
          const active = tx.objectStore('activeWorkout').get('current');
          const events = tx
            .objectStore('events')
            .index('[kind+created_at]')
            .getAll(IDBKeyRange.bound([1301, -Infinity], [1301, Infinity]));
          const outbox = tx.objectStore('outbox').getAll();
          const records = tx.objectStore('records').getAllKeys();
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
          tx.oncomplete = () => {
            db.close();
            const row = active.result as { session?: { id: string; finishedAt?: number } } | undefined;
            resolve({
              exists: true,
              ...(row?.session ? { active: { id: row.session.id, finished: row.session.finishedAt !== undefined } } : {}),
              records: (events.result as Array<{ id: string; tags: string[][] }>).map((event) => ({
                id: event.id,
                d: dOf(event.tags),
                sets: event.tags
                  .filter((t) => t[0] === 'exercise')
                  .map((t) => ({ address: t[1] ?? '', weight: t[3] ?? '', reps: t[4] ?? '', rpe: t[5] ?? '' })),
              })),
              outbox: (
                outbox.result as Array<{ eventId: string; relay: string; status: string; event: { kind: number; tags: string[][] } }>
              )
                .filter((r) => r.event.kind === 1301)
                .map((r) => ({ eventId: r.eventId, d: dOf(r.event.tags), relay: r.relay, status: r.status })),
              historyKeys: (records.result as IDBValidKey[]).map(String),
            });
          };
        };
      }),
  );
}
