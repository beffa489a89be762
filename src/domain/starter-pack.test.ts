import { describe, expect, it } from 'vitest';
import { parseStarterPack } from './starter-pack';

const header = JSON.stringify({ format: 1, version: '2026-11-21.1', pubkey: 'b'.repeat(64), media: [] });

describe('parseStarterPack', () => {
  it('keeps every whole line of a truncated pack and names the damaged one', () => {
    const text = `${header}\n{"id":"a"}\n{"id":"b"}\n{"id":"c","kin`;
    const result = parseStarterPack(text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.lines.map((l) => l.result.ok)).toEqual([true, true, false]);
    expect(result.value.lines[2]?.result).toEqual({ ok: false, reason: 'line 4: not valid JSON (truncated or damaged)' });
  });

  it('refuses a pack whose header is damaged', () => {
    expect(parseStarterPack('{"format":1,"vers')).toEqual({ ok: false, reason: 'line 1: the starter pack header is not valid JSON' });
    expect(parseStarterPack('{"format":2}')).toEqual({ ok: false, reason: 'line 1: unknown starter pack format' });
  });
});
