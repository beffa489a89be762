/**
 * Every path of the app, in one place: each is a pattern (`/template/:address`) that
 * builds the links to its screen and reads its parameters back. Features import their
 * link builders from here; `app/routes.tsx` pairs each path with its title and screen.
 * A parameter is one path segment, written with encodeURIComponent (an address such as
 * "33402:<pubkey>:<d>" keeps its colons and slashes inside the segment); a segment that
 * does not decode (`%E0`) matches no path, so it shows the not-found screen.
 */

/** The names of a pattern's `:params`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = { [Name in ParamNames<P>]: string };

export interface PathDef<P extends string> {
  readonly pattern: P;
  /** The path of a link to this screen; a path without parameters takes none. */
  build(...params: ParamNames<P> extends never ? [] : [PathParams<P>]): string;
  /** The decoded parameters when the pathname is this path's, else undefined (also for a malformed escape). */
  match(pathname: string): PathParams<P> | undefined;
}

export function definePath<P extends string>(pattern: P): PathDef<P> {
  const parts = pattern.split('/');
  return {
    pattern,
    build(...args) {
      const params: Partial<Record<string, string>> = args[0] ?? {};
      return parts.map((part) => (part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part)).join('/');
    },
    match(pathname) {
      const segments = pathname.split('/');
      if (segments.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (const [i, part] of parts.entries()) {
        const segment = segments[i] ?? '';
        if (!part.startsWith(':')) {
          if (segment !== part) return undefined;
          continue;
        }
        const value = decodeSegment(segment);
        if (!value) return undefined;
        params[part.slice(1)] = value;
      }
      return params as PathParams<P>;
    },
  };
}

/** A segment as written in links; undefined when it is not valid percent-encoding. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export const libraryPath = definePath('/');
export const exercisePath = definePath('/exercise/:address');
export const newExercisePath = definePath('/exercise-new');
export const editExercisePath = definePath('/exercise-edit/:address');
export const copyExercisePath = definePath('/exercise-copy/:address');
export const accountPath = definePath('/account');
export const syncPath = definePath('/sync');
export const settingsPath = definePath('/settings');
/** Importing another app's workouts (Strong, Hevy CSV): choose a file, review it, import. */
export const importPath = definePath('/import');
export const feedPath = definePath('/feed');
export const historyPath = definePath('/history');
export const recordPath = definePath('/history/:key');
export const exerciseHistoryPath = definePath('/exercise-history/:address');
export const workoutPath = definePath('/workout');
export const workoutSummaryPath = definePath('/workout/summary/:key');
export const templatePath = definePath('/template/:address');
export const newTemplatePath = definePath('/template-new');
export const editTemplatePath = definePath('/template-edit/:address');
export const copyTemplatePath = definePath('/template-copy/:address');
export const templateLinkPath = definePath('/template-link/:naddr');

/** The workout tab: templates, or the workout in progress. */
export const WORKOUT_PATH = workoutPath.build();

/** What Share hands out: opens the template in Plates, fetching it from its relays when needed. */
export const templateLinkUrl = (naddr: string) => `${location.origin}${templateLinkPath.build({ naddr })}`;
