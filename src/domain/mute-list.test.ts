import { describe, expect, it } from 'vitest';
import { buildMuteList, parseMuteList } from './mute-list';

const A = 'a'.repeat(64);
const E = 'e'.repeat(64);
const ENCRYPTED = 'AgT8yQ1Vb3X6f0t+g1E2c3d4e5f6g7h8i9j0kLmNoPqRsTuVwXyZ==';

describe('parseMuteList', () => {
  it('reads public p, t, word and e items and keeps the encrypted content as is', () => {
    const result = parseMuteList({
      kind: 10000,
      content: ENCRYPTED,
      tags: [
        ['p', A],
        ['p', A.toUpperCase()],
        ['p', 'npub1x'],
        ['t', '#Crypto'],
        ['t', 'crypto'],
        ['word', ' GM '],
        ['e', E],
        ['e', 'short'],
        ['x', 'ignored'],
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: { pubkeys: [A], hashtags: ['crypto'], words: ['gm'], eventIds: [E], encryptedContent: ENCRYPTED },
    });
  });

  it('refuses other kinds', () => {
    expect(parseMuteList({ kind: 10001, tags: [], content: '' })).toEqual({ ok: false, reason: 'kind 10001 is not a mute list (10000)' });
  });
});

describe('buildMuteList', () => {
  it('emits the public items and writes the private ones back unchanged, round-tripping', () => {
    const list = { pubkeys: [A], hashtags: ['crypto'], words: ['gm'], eventIds: [E], encryptedContent: ENCRYPTED };
    const event = buildMuteList(list, 1_700_000_000);
    expect(event).toEqual({
      kind: 10000,
      created_at: 1_700_000_000,
      content: ENCRYPTED,
      tags: [
        ['p', A],
        ['t', 'crypto'],
        ['word', 'gm'],
        ['e', E],
      ],
    });
    expect(parseMuteList(event)).toEqual({ ok: true, value: list });
  });

  it('refuses a malformed pubkey or event id, or an empty word', () => {
    const empty = { pubkeys: [], hashtags: [], words: [], eventIds: [], encryptedContent: '' };
    expect(() => buildMuteList({ ...empty, pubkeys: ['npub1x'] }, 0)).toThrow("'npub1x' is not a 64-character lowercase hex pubkey");
    expect(() => buildMuteList({ ...empty, eventIds: ['x'] }, 0)).toThrow("'x' is not a 64-character lowercase hex event id");
    expect(() => buildMuteList({ ...empty, words: [' '] }, 0)).toThrow('a muted word is empty');
  });
});
