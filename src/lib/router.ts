import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'plates:navigate';

/**
 * Scroll positions by history entry. Each entry the app writes carries an id in
 * history.state (and the position it was left at, which outlives a reload); the Map
 * follows scrolling, so an entry left with the browser's own Back/Forward is known too.
 */
interface EntryState {
  platesEntry: string;
  scrollY?: number;
}

const positions = new Map<string, number>();
let currentEntry = '';
let stopRestoring: (() => void) | undefined;
/** How long a restore waits for the page to grow (lists arrive from the worker) after it last grew. */
const RESTORE_PATIENCE_MS = 1000;
const RESTORE_LIMIT_MS = 3000;

function entryState(): EntryState | undefined {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null || !('platesEntry' in state) || typeof state.platesEntry !== 'string') return undefined;
  const scrollY = 'scrollY' in state && typeof state.scrollY === 'number' ? state.scrollY : undefined;
  return { platesEntry: state.platesEntry, scrollY };
}

/** Unique across page loads of the tab (randomUUID needs a secure context, which a LAN address is not). */
const pageLoad = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let entrySeq = 0;

function newEntry(): string {
  return `${pageLoad}-${++entrySeq}`;
}

/** The current entry's id, given one if it has none (a first visit, or an entry some code replaced). */
function adoptEntry(): EntryState {
  const state = entryState();
  if (state) return state;
  const adopted = { platesEntry: newEntry() };
  history.replaceState(adopted, '');
  return adopted;
}

if (typeof window !== 'undefined') {
  history.scrollRestoration = 'manual';
  currentEntry = adoptEntry().platesEntry;
  window.addEventListener('scroll', () => positions.set(currentEntry, window.scrollY), { passive: true });
  window.addEventListener('popstate', () => {
    const state = adoptEntry();
    currentEntry = state.platesEntry;
    restoreScroll(positions.get(currentEntry) ?? state.scrollY ?? 0);
  });
}

/** Goes to an app path without a page load; the back button returns. A new page starts at the top. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  stopRestoring?.();
  const entry: EntryState = { platesEntry: newEntry() };
  if (options.replace) {
    history.replaceState(entry, '', path);
  } else {
    // The page left keeps its place: Back returns to it.
    positions.set(currentEntry, window.scrollY);
    history.replaceState({ platesEntry: currentEntry, scrollY: window.scrollY } satisfies EntryState, '');
    history.pushState(entry, '', path);
  }
  currentEntry = entry.platesEntry;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/**
 * Scrolls back to where an entry was left. The screen's data comes from the worker after
 * it renders, so the page may be too short at first: it scrolls as far as it can on each
 * frame (which also brings an endless list's next page in) until it gets there, the page
 * stops growing for a while, or the person scrolls themselves.
 */
function restoreScroll(target: number): void {
  stopRestoring?.();
  if (target <= 0) {
    window.scrollTo(0, 0);
    return;
  }
  const started = performance.now();
  let grewAt = started;
  let height = 0;
  let frame = requestAnimationFrame(step);
  const cancelEvents = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of cancelEvents) window.removeEventListener(type, stop);
    if (stopRestoring === stop) stopRestoring = undefined;
  };
  for (const type of cancelEvents) window.addEventListener(type, stop, { passive: true });
  stopRestoring = stop;

  function step(now: number) {
    const scrollHeight = document.documentElement.scrollHeight;
    if (scrollHeight > height) {
      height = scrollHeight;
      grewAt = now;
    }
    window.scrollTo(0, Math.min(target, scrollHeight - window.innerHeight));
    const arrived = window.scrollY >= target - 1;
    if (arrived || now - grewAt > RESTORE_PATIENCE_MS || now - started > RESTORE_LIMIT_MS) stop();
    else frame = requestAnimationFrame(step);
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current path, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}
