import { describe, expect, it } from 'vitest';
import { emptyRememberedMapping, readRememberedMapping, rememberChoices, rememberedByKey } from './remembered-mapping';

const BENCH = '33401:aa:bench';
const MY_BENCH = '33401:bb:my-bench';

describe('the remembered mapping', () => {
  it('reads back what it stored as JSON', () => {
    const mapping = rememberChoices(emptyRememberedMapping(), [{ name: 'Bench Press (Barbell)', address: BENCH }]);
    expect(readRememberedMapping(JSON.parse(JSON.stringify(mapping)))).toEqual(mapping);
  });

  it('reads nothing stored, another version or a damaged value as empty, and drops entries that are not addresses', () => {
    for (const value of [undefined, null, 'x', { version: 2, choices: {} }, { version: 1 }, { version: 1, choices: null }]) {
      expect(readRememberedMapping(value)).toEqual(emptyRememberedMapping());
    }
    expect(readRememberedMapping({ version: 1, choices: { Squat: 3, Plank: '33401:aa:plank' } })).toEqual({
      version: 1,
      choices: { Plank: '33401:aa:plank' },
    });
  });

  it('replaces an earlier choice for the same name in another spelling, and keeps the others', () => {
    const first = rememberChoices(emptyRememberedMapping(), [
      { name: 'Bench Press (Barbell)', address: BENCH },
      { name: 'Plank', address: '33401:aa:plank' },
    ]);
    const second = rememberChoices(first, [{ name: 'barbell bench press', address: MY_BENCH }]);
    expect(second.choices).toEqual({ Plank: '33401:aa:plank', 'barbell bench press': MY_BENCH });
    expect(rememberedByKey(second).get('barbell bench press')).toBe(MY_BENCH);
  });
});
