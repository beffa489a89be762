import { describe, expect, it } from 'vitest';
import * as paths from './paths';
import { definePath, type PathDef } from './paths';
import { naddrEncode } from 'nostr-tools/nip19';

const PUBKEY = 'a'.repeat(64);
const TEMPLATE = `33402:${PUBKEY}:push-day`;
const EXERCISE = `33401:${PUBKEY}:Barbell_Squat`;
const NADDR = naddrEncode({ kind: 33402, pubkey: PUBKEY, identifier: 'push-day', relays: ['wss://relay.example.com'] });

describe('paths', () => {
  it('builds and matches every route without parameters', () => {
    for (const path of [
      paths.libraryPath,
      paths.accountPath,
      paths.syncPath,
      paths.settingsPath,
      paths.feedPath,
      paths.historyPath,
      paths.workoutPath,
      paths.newTemplatePath,
    ]) {
      expect(path.build()).toBe(path.pattern);
      expect(path.match(path.build())).toEqual({});
    }
    expect(paths.WORKOUT_PATH).toBe('/workout');
  });

  it('round-trips addresses (with colons, slashes and spaces) through every route with a parameter', () => {
    const odd = `${EXERCISE}/with slash & ?query#hash%`;
    const record = `1301:${PUBKEY}:2026-12-01`;
    const cases: Array<[string, PathDef<string>, Record<string, string>]> = [
      [paths.exercisePath.build({ address: EXERCISE }), paths.exercisePath, { address: EXERCISE }],
      [paths.exercisePath.build({ address: odd }), paths.exercisePath, { address: odd }],
      [paths.exerciseHistoryPath.build({ address: EXERCISE }), paths.exerciseHistoryPath, { address: EXERCISE }],
      [paths.recordPath.build({ key: record }), paths.recordPath, { key: record }],
      [paths.workoutSummaryPath.build({ key: record }), paths.workoutSummaryPath, { key: record }],
      [paths.templatePath.build({ address: TEMPLATE }), paths.templatePath, { address: TEMPLATE }],
      [paths.editTemplatePath.build({ address: TEMPLATE }), paths.editTemplatePath, { address: TEMPLATE }],
      [paths.copyTemplatePath.build({ address: TEMPLATE }), paths.copyTemplatePath, { address: TEMPLATE }],
      [paths.templateLinkPath.build({ naddr: NADDR }), paths.templateLinkPath, { naddr: NADDR }],
    ];
    for (const [built, path, params] of cases) {
      expect(built.split('/')).toHaveLength(path.pattern.split('/').length);
      expect(path.match(built)).toEqual(params);
    }
    expect(paths.templatePath.build({ address: TEMPLATE })).toBe(`/template/33402%3A${PUBKEY}%3Apush-day`);
    expect(paths.templateLinkPath.build({ naddr: NADDR })).toBe(`/template-link/${NADDR}`);
  });

  it('reads a parameter the way a person may type it (colons not escaped)', () => {
    expect(paths.templatePath.match(`/template/${TEMPLATE}`)).toEqual({ address: TEMPLATE });
  });

  it('matches no other path: other screens, extra or missing segments, empty parameters', () => {
    expect(paths.libraryPath.match('/workout')).toBeUndefined();
    expect(paths.workoutPath.match('/workout/summary/x')).toBeUndefined();
    expect(paths.workoutSummaryPath.match('/workout/summary')).toBeUndefined();
    expect(paths.historyPath.match('/history/')).toBeUndefined();
    expect(paths.recordPath.match('/history/')).toBeUndefined();
    expect(paths.templatePath.match('/template-edit/x')).toBeUndefined();
    expect(paths.templatePath.match('/template/a/b')).toBeUndefined();
    expect(paths.libraryPath.match('/no-such-page')).toBeUndefined();
  });

  it('takes a malformed escape as no match rather than throwing', () => {
    for (const pathname of ['/exercise/%E0', '/template/%', '/history/%ZZ', '/template-link/%E0%A4%A']) {
      for (const path of [paths.exercisePath, paths.templatePath, paths.recordPath, paths.templateLinkPath]) {
        expect(() => path.match(pathname)).not.toThrow();
        expect(path.match(pathname)).toBeUndefined();
      }
    }
  });

  it('types a route with several parameters', () => {
    const pair = definePath('/compare/:left/:right');
    const built = pair.build({ left: 'a:b', right: 'c/d' });
    expect(built).toBe('/compare/a%3Ab/c%2Fd');
    expect(pair.match(built)).toEqual({ left: 'a:b', right: 'c/d' });
  });
});
