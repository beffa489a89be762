import type { ReactNode } from 'react';

/**
 * One screen of the app: a path pattern, the header title, and the screen. A tab screen
 * is one of the tab bar's paths and shows the bar; any other is a detail screen with a
 * back button. Each feature area lists its screens in its own file in this folder.
 */
export interface RouteDef {
  pattern: RegExp;
  /** The header title; from the path's captured groups when it depends on them. */
  title: string | ((match: RegExpExecArray) => string);
  render(match: RegExpExecArray): ReactNode;
}
