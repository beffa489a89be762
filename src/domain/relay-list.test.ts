import { describe, expect, it } from 'vitest';
import { buildRelayList, normaliseRelayUrl, parseRelayList, readRelays, writeRelays } from './relay-list';

describe('normaliseRelayUrl', () => {
  it.each([
    ['wss://relay.damus.io', 'wss://relay.damus.io'],
    [' WSS://Relay.Damus.IO/ ', 'wss://relay.damus.io'],
    ['wss://relay.example:443/', 'wss://relay.example'],
    ['ws://localhost:80', 'ws://localhost'],
    ['ws://127.0.0.1:7777', 'ws://127.0.0.1:7777'],
    ['wss://relay.example/nostr/', 'wss://relay.example/nostr'],
    ['wss://relay.example/?auth=1#frag', 'wss://relay.example?auth=1'],
    ['ws://[::1]:4869', 'ws://[::1]:4869'],
  ])('normalises %j', (input, output) => expect(normaliseRelayUrl(input)).toBe(output));

  it.each([
    'https://relay.example',
    'relay.example',
    'wss://',
    'wss://bad host',
    'wss://relay.example:99999',
    'wss://-x.example',
    'javascript:alert(1)',
  ])('refuses %j', (input) => expect(normaliseRelayUrl(input)).toBeUndefined());
});

describe('parseRelayList', () => {
  it('reads markers (none = both), skips non-ws URLs, merges repeats', () => {
    const result = parseRelayList({
      kind: 10002,
      tags: [
        ['r', 'wss://both.example'],
        ['r', 'wss://read.example', 'read'],
        ['r', 'wss://write.example/', 'write'],
        ['r', 'https://web.example'],
        ['r', 'wss://Read.example', 'write'],
        ['p', 'a'.repeat(64)],
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: [
        { url: 'wss://both.example', read: true, write: true },
        { url: 'wss://read.example', read: true, write: true },
        { url: 'wss://write.example', read: false, write: true },
      ],
    });
    if (!result.ok) return;
    expect(readRelays(result.value)).toEqual(['wss://both.example', 'wss://read.example']);
    expect(writeRelays(result.value)).toEqual(['wss://both.example', 'wss://read.example', 'wss://write.example']);
  });

  it('accepts an empty list and refuses other kinds', () => {
    expect(parseRelayList({ kind: 10002, tags: [] })).toEqual({ ok: true, value: [] });
    expect(parseRelayList({ kind: 3, tags: [] })).toEqual({ ok: false, reason: 'kind 3 is not a relay list (10002)' });
  });
});

describe('buildRelayList', () => {
  const entries = [
    { url: 'wss://both.example', read: true, write: true },
    { url: 'wss://read.example', read: true, write: false },
    { url: 'wss://write.example', read: false, write: true },
  ];

  it('emits r tags with a marker only for one-way relays, and round-trips', () => {
    const event = buildRelayList(entries, 1_700_000_000);
    expect(event.tags).toEqual([
      ['r', 'wss://both.example'],
      ['r', 'wss://read.example', 'read'],
      ['r', 'wss://write.example', 'write'],
    ]);
    expect(event.kind).toBe(10002);
    expect(parseRelayList(event)).toEqual({ ok: true, value: entries });
  });

  it.each([
    [[{ url: 'https://x.example', read: true, write: true }], "'https://x.example' is not a ws:// or wss:// relay URL"],
    [[{ url: 'wss://x.example', read: false, write: false }], 'relay wss://x.example is neither read nor written'],
    [
      [
        { url: 'wss://x.example', read: true, write: true },
        { url: 'wss://X.example/', read: true, write: false },
      ],
      'relay wss://x.example is listed twice',
    ],
  ])('refuses %j', (list, message) => {
    expect(() => buildRelayList(list, 0)).toThrow(message);
  });
});
