import { describe, expect, it } from 'vitest';
import { buildProfile, parseProfile } from './profile';

const event = (content: string) => ({ kind: 0, content });

describe('parseProfile', () => {
  it('reads the known fields, trimmed, and ignores unknown and non-string ones', () => {
    const result = parseProfile(
      event(
        JSON.stringify({
          name: ' alice ',
          display_name: 'Alice',
          picture: 'https://example.com/a.jpg',
          about: 'Lifts things.',
          nip05: 'Alice@Example.com',
          lud16: 'alice@getalby.com',
          banner: 'http://example.com/b.jpg',
          website: 'alice.example',
          bot: false,
          lud06: 'lnurl…',
          followers: 12,
        }),
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'alice',
        displayName: 'Alice',
        picture: 'https://example.com/a.jpg',
        about: 'Lifts things.',
        nip05: 'alice@example.com',
        lud16: 'alice@getalby.com',
        banner: 'http://example.com/b.jpg',
        website: 'https://alice.example',
      },
    });
  });

  it('keeps pictures only when http(s), and drops malformed identifiers', () => {
    const result = parseProfile(
      event(
        JSON.stringify({
          picture: 'javascript:alert(1)',
          banner: 'data:image/png;base64,AAAA',
          website: 'ftp://x.org',
          nip05: 'not an id',
          lud16: 'nobody',
        }),
      ),
    );
    expect(result).toEqual({ ok: true, value: {} });
  });

  it('reads displayName where older clients wrote it', () => {
    expect(parseProfile(event('{"displayName":"Bob"}'))).toEqual({ ok: true, value: { displayName: 'Bob' } });
  });

  it('caps long strings at a code point boundary', () => {
    const result = parseProfile(event(JSON.stringify({ name: '💪'.repeat(150), about: 'x'.repeat(5000) })));
    if (!result.ok) throw new Error(result.reason);
    expect([...(result.value.name ?? '')]).toHaveLength(100);
    expect(result.value.about).toHaveLength(2000);
  });

  it.each([
    ['{name:', 'profile content is not valid JSON'],
    ['', 'profile content is not valid JSON'],
    ['["alice"]', 'profile content is not a JSON object'],
    ['null', 'profile content is not a JSON object'],
  ])('refuses content %j', (content, reason) => {
    expect(parseProfile(event(content))).toEqual({ ok: false, reason });
  });

  it('refuses other kinds', () => {
    expect(parseProfile({ kind: 1, content: '{}' })).toEqual({ ok: false, reason: 'kind 1 is not a profile (0)' });
  });
});

describe('buildProfile', () => {
  const profile = {
    name: 'alice',
    displayName: 'Alice',
    picture: 'https://example.com/a.jpg',
    about: 'Hi',
    nip05: 'alice@example.com',
    website: 'https://alice.example',
  };

  it('round-trips build → parse', () => {
    const built = buildProfile(profile, 1_700_000_000);
    expect(built.kind).toBe(0);
    expect(built.tags).toEqual([]);
    expect(JSON.parse(built.content)).toEqual({
      name: 'alice',
      display_name: 'Alice',
      about: 'Hi',
      picture: 'https://example.com/a.jpg',
      website: 'https://alice.example',
      nip05: 'alice@example.com',
    });
    expect(parseProfile(built)).toEqual({ ok: true, value: profile });
  });

  it('carries over the fields other clients wrote, and replaces the ones Plates manages', () => {
    const previous = JSON.stringify({ name: 'old', displayName: 'Old', lud06: 'lnurl1', bot: false, about: 'old about' });
    expect(JSON.parse(buildProfile({ name: 'alice' }, 0, previous).content)).toEqual({ lud06: 'lnurl1', bot: false, name: 'alice' });
    expect(JSON.parse(buildProfile({ name: 'alice' }, 0, 'not json').content)).toEqual({ name: 'alice' });
  });

  it.each([
    [{ picture: 'javascript:alert(1)' }, "picture 'javascript:alert(1)' is not an http(s) URL"],
    [{ name: 'x'.repeat(101) }, 'name is over 100 characters'],
    [{ nip05: 'Alice@Example.com' }, "nip05 'Alice@Example.com' is not a lowercase name@domain identifier"],
  ])('refuses %j', (draft, message) => {
    expect(() => buildProfile(draft, 0)).toThrow(message);
  });
});
