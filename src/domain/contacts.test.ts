import { describe, expect, it } from 'vitest';
import { buildContacts, parseContacts } from './contacts';

const A = 'a'.repeat(64);
const B = '3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d';

describe('parseContacts', () => {
  it('reads p tags with relay and petname, keeping valid keys once', () => {
    const result = parseContacts({
      kind: 3,
      tags: [
        ['p', A, 'wss://Relay.Example/', 'alice'],
        ['p', B.toUpperCase()],
        ['p', A, '', 'again'],
        ['p', 'npub1notahexkey'],
        ['p', 'abc'],
        ['p', B, 'https://not-a-relay.example', ''],
        ['t', 'fitness'],
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: [{ pubkey: A, relay: 'wss://relay.example', petname: 'alice' }, { pubkey: B }],
    });
  });

  it('accepts an empty follow list', () => {
    expect(parseContacts({ kind: 3, tags: [] })).toEqual({ ok: true, value: [] });
  });

  it('refuses other kinds', () => {
    expect(parseContacts({ kind: 10002, tags: [] })).toEqual({ ok: false, reason: 'kind 10002 is not a contact list (3)' });
  });
});

describe('buildContacts', () => {
  it('emits NIP-02 p tags without trailing empty elements and round-trips', () => {
    const follows = [
      { pubkey: A, relay: 'wss://relay.example', petname: 'alice' },
      { pubkey: B },
      { pubkey: 'c'.repeat(64), relay: 'wss://r.example' },
    ];
    const event = buildContacts(follows, 1_700_000_000);
    expect(event).toEqual({
      kind: 3,
      created_at: 1_700_000_000,
      content: '',
      tags: [
        ['p', A, 'wss://relay.example', 'alice'],
        ['p', B],
        ['p', 'c'.repeat(64), 'wss://r.example'],
      ],
    });
    expect(parseContacts(event)).toEqual({ ok: true, value: follows });
  });

  it('writes an empty relay slot when only a petname is given', () => {
    expect(buildContacts([{ pubkey: A, petname: 'alice' }], 0).tags).toEqual([['p', A, '', 'alice']]);
  });

  it.each([
    [[{ pubkey: 'npub1x' }], "'npub1x' is not a 64-character lowercase hex pubkey"],
    [[{ pubkey: A }, { pubkey: A }], `${A} is followed twice`],
    [[{ pubkey: A, relay: 'http://x.example' }], "relay 'http://x.example' is not a ws:// or wss:// URL"],
  ])('refuses %j', (follows, message) => {
    expect(() => buildContacts(follows, 0)).toThrow(message);
  });
});
