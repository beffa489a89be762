import { describe, expect, it } from 'vitest';
import { buildPack, parsePack, type Pack } from './pack';

const PUBKEY = '3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d';
const OTHER = 'b'.repeat(64);
const TEMPLATE = `33402:${PUBKEY}:push-day`;
const EXERCISE = `33401:${OTHER}:bench-press`;
const ARTICLE = `30023:${PUBKEY}:why-push`;

const CURATION = {
  kind: 30004,
  pubkey: PUBKEY,
  content: '',
  tags: [
    ['d', 'starter'],
    ['title', 'Starter pack'],
    ['description', 'Three days a week'],
    ['image', 'https://example.com/pack.jpg'],
    ['a', TEMPLATE, 'wss://relay.example'],
    ['a', EXERCISE],
    ['a', ARTICLE],
    ['a', 'not-an-address'],
    ['a', TEMPLATE],
  ],
};

function parsed(event: Parameters<typeof parsePack>[0]): Pack {
  const result = parsePack(event);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('parsePack', () => {
  it('reads a curation set (30004), sorting items by kind and dropping malformed and repeated ones', () => {
    expect(parsed(CURATION)).toEqual({
      d: 'starter',
      title: 'Starter pack',
      description: 'Three days a week',
      image: 'https://example.com/pack.jpg',
      templateAddresses: [{ address: TEMPLATE, relayHint: 'wss://relay.example' }],
      exerciseAddresses: [{ address: EXERCISE, relayHint: '' }],
      otherAddresses: [{ address: ARTICLE, relayHint: '' }],
    });
  });

  it('reads the bookmark-set dialect (30003) with name and about', () => {
    const pack = parsed({
      kind: 30003,
      pubkey: PUBKEY,
      content: '',
      tags: [
        ['d', 'b'],
        ['name', 'Bookmarks'],
        ['about', 'Mine'],
        ['a', TEMPLATE],
      ],
    });
    expect([pack.title, pack.description]).toEqual(['Bookmarks', 'Mine']);
  });

  it('falls back to plain content for the description, and to d for the title', () => {
    const pack = parsed({
      kind: 30004,
      pubkey: PUBKEY,
      content: ' Leg work ',
      tags: [
        ['d', 'legs'],
        ['a', EXERCISE],
      ],
    });
    expect([pack.title, pack.description]).toEqual(['legs', 'Leg work']);
  });

  it('does not show NIP-51 encrypted private items as the description', () => {
    const nip04 = `${'QUJD'.repeat(12)}?iv=${'MTIz'.repeat(4)}`;
    const nip44 = 'Ag'.repeat(60);
    for (const content of [nip04, nip44]) {
      expect(
        parsed({
          kind: 30004,
          pubkey: PUBKEY,
          content,
          tags: [
            ['d', 'x'],
            ['a', EXERCISE],
          ],
        }).description,
      ).toBe('');
    }
  });

  it('completes pubkey-less references with the author', () => {
    const pack = parsed({
      kind: 30004,
      pubkey: PUBKEY,
      content: '',
      tags: [
        ['d', 'x'],
        ['a', '33402:push-day'],
      ],
    });
    expect(pack.templateAddresses).toEqual([{ address: TEMPLATE, relayHint: '' }]);
  });

  it('drops an image that is not http(s)', () => {
    const tags = CURATION.tags.map((t) => (t[0] === 'image' ? ['image', 'javascript:alert(1)'] : t));
    expect(parsed({ ...CURATION, tags }).image).toBeUndefined();
  });

  it('refuses a set without exercises or templates: not a fitness pack', () => {
    expect(
      parsePack({
        kind: 30004,
        pubkey: PUBKEY,
        content: '',
        tags: [
          ['d', 'x'],
          ['a', ARTICLE],
        ],
      }),
    ).toEqual({
      ok: false,
      reason: 'set has no 33401 or 33402 items: not a fitness pack',
    });
  });

  it('refuses other kinds and a set without d', () => {
    expect(parsePack({ ...CURATION, kind: 30002 })).toEqual({ ok: false, reason: 'kind 30002 is not a pack (NIP-51 set 30004 or 30003)' });
    expect(parsePack({ ...CURATION, tags: CURATION.tags.filter((t) => t[0] !== 'd') })).toEqual({ ok: false, reason: 'pack has no d tag' });
  });
});

describe('buildPack', () => {
  it('emits kind 30004 and round-trips build → parse', () => {
    const pack = parsed(CURATION);
    const event = buildPack(pack, 1_700_000_000);
    expect(event).toEqual({
      kind: 30004,
      created_at: 1_700_000_000,
      content: '',
      tags: [
        ['d', 'starter'],
        ['title', 'Starter pack'],
        ['description', 'Three days a week'],
        ['image', 'https://example.com/pack.jpg'],
        ['a', TEMPLATE, 'wss://relay.example'],
        ['a', EXERCISE],
        ['a', ARTICLE],
      ],
    });
    expect(parsePack({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: pack });
  });

  it('round-trips a bookmark-set pack into the canonical curation set', () => {
    const pack = parsed({
      kind: 30003,
      pubkey: PUBKEY,
      content: '',
      tags: [
        ['d', 'b'],
        ['name', 'Bookmarks'],
        ['about', 'Mine'],
        ['a', TEMPLATE],
      ],
    });
    const event = buildPack(pack, 0);
    expect(event.kind).toBe(30004);
    expect(parsePack({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: pack });
  });

  const good = parsed(CURATION);
  it.each([
    ['no items', { ...good, templateAddresses: [], exerciseAddresses: [] }, 'pack needs at least one template or exercise'],
    ['no title', { ...good, title: '' }, 'pack needs a title'],
    [
      'a template of the wrong kind',
      { ...good, templateAddresses: [{ address: EXERCISE, relayHint: '' }] },
      `'${EXERCISE}' is not a full address of 33402`,
    ],
    [
      'a pubkey-less address',
      { ...good, exerciseAddresses: [{ address: '33401:x', relayHint: '' }] },
      "'33401:x' is not a full address of 33401",
    ],
    [
      'a bad relay hint',
      { ...good, exerciseAddresses: [{ address: EXERCISE, relayHint: 'relay' }] },
      "relay hint 'relay' is not a ws:// or wss:// URL",
    ],
    [
      'a repeated item',
      {
        ...good,
        exerciseAddresses: [
          { address: EXERCISE, relayHint: '' },
          { address: EXERCISE, relayHint: '' },
        ],
      },
      'is listed twice',
    ],
  ])('refuses a pack with %s', (_name, pack, message) => {
    expect(() => buildPack(pack, 0)).toThrow(message);
  });
});
