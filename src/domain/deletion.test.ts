import { describe, expect, it } from 'vitest';
import { buildDeletion, deletionApplies, deletionReferences, parseDeletion } from './deletion';

const ALICE = 'a'.repeat(64);
const BOB = 'b'.repeat(64);
const ID = '1'.repeat(64);
const TEMPLATE = `33402:${ALICE}:push-day`;

describe('parseDeletion', () => {
  it('reads e ids, well-formed a addresses, k kinds and the reason', () => {
    const result = parseDeletion({
      kind: 5,
      content: 'posted by mistake',
      tags: [
        ['e', ID],
        ['e', 'not-an-id'],
        ['a', TEMPLATE],
        ['a', '33402:push-day'],
        ['a', `33402:${ALICE.toUpperCase()}:x`],
        ['k', '33402'],
        ['k', 'template'],
      ],
    });
    expect(result).toEqual({ ok: true, value: { eventIds: [ID], addresses: [TEMPLATE], kinds: [33402], reason: 'posted by mistake' } });
  });

  it('refuses a deletion that references nothing, and other kinds', () => {
    expect(
      parseDeletion({
        kind: 5,
        content: '',
        tags: [
          ['e', 'x'],
          ['k', '1'],
        ],
      }),
    ).toEqual({ ok: false, reason: 'deletion has no well-formed e or a tag' });
    expect(parseDeletion({ kind: 1, content: '', tags: [] })).toEqual({ ok: false, reason: 'kind 1 is not a deletion (5)' });
  });
});

describe('deletionApplies (NIP-09)', () => {
  const deletion = { pubkey: ALICE, created_at: 1000 };

  it('lets only the author delete', () => {
    expect(deletionApplies(deletion, { pubkey: ALICE, created_at: 900, kind: 1301 })).toBe(true);
    expect(deletionApplies(deletion, { pubkey: BOB, created_at: 900, kind: 1301 })).toBe(false);
  });

  it('removes addressable and replaceable versions up to its own created_at only', () => {
    expect(deletionApplies(deletion, { pubkey: ALICE, created_at: 1000, kind: 33402 })).toBe(true);
    expect(deletionApplies(deletion, { pubkey: ALICE, created_at: 1001, kind: 33402 })).toBe(false);
    expect(deletionApplies(deletion, { pubkey: ALICE, created_at: 1001, kind: 10002 })).toBe(false);
  });

  it('does not delete a deletion', () => {
    expect(deletionApplies(deletion, { pubkey: ALICE, created_at: 900, kind: 5 })).toBe(false);
  });
});

describe('deletionReferences', () => {
  const deletion = { eventIds: [ID], addresses: [TEMPLATE], kinds: [], reason: '' };
  it('matches by id or by address', () => {
    expect(deletionReferences(deletion, { id: ID, kind: 1301, pubkey: ALICE, tags: [] })).toBe(true);
    expect(deletionReferences(deletion, { id: '2'.repeat(64), kind: 33402, pubkey: ALICE, tags: [['d', 'push-day']] })).toBe(true);
    expect(deletionReferences(deletion, { id: '2'.repeat(64), kind: 33402, pubkey: BOB, tags: [['d', 'push-day']] })).toBe(false);
    expect(deletionReferences(deletion, { id: '2'.repeat(64), kind: 1301, pubkey: ALICE, tags: [['d', 'push-day']] })).toBe(false);
  });
});

describe('buildDeletion', () => {
  it('emits e, a and k tags (a k for every address kind) and round-trips', () => {
    const deletion = { eventIds: [ID], addresses: [TEMPLATE], kinds: [1301, 33402], reason: 'duplicate' };
    const event = buildDeletion({ ...deletion, kinds: [1301] }, 1_700_000_000);
    expect(event).toEqual({
      kind: 5,
      created_at: 1_700_000_000,
      content: 'duplicate',
      tags: [
        ['e', ID],
        ['a', TEMPLATE],
        ['k', '1301'],
        ['k', '33402'],
      ],
    });
    expect(parseDeletion(event)).toEqual({ ok: true, value: deletion });
  });

  it.each([
    [{ eventIds: [], addresses: [], kinds: [], reason: '' }, 'a deletion needs at least one event id or address'],
    [{ eventIds: ['x'], addresses: [], kinds: [], reason: '' }, "'x' is not a 64-character lowercase hex event id"],
    [{ eventIds: [], addresses: ['33402:push-day'], kinds: [], reason: '' }, "'33402:push-day' is not a <kind>:<pubkey>:<d> address"],
    [{ eventIds: [ID], addresses: [], kinds: [-1], reason: '' }, 'kind -1 is not an integer from 0 to 65535'],
  ])('refuses %j', (deletion, message) => {
    expect(() => buildDeletion(deletion, 0)).toThrow(message);
  });
});
