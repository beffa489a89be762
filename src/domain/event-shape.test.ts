import { describe, expect, it } from 'vitest';
import { checkEventShape } from './event-shape';

const valid = {
  id: '1'.repeat(64),
  pubkey: '2'.repeat(64),
  sig: '3'.repeat(128),
  created_at: 1_700_000_000,
  kind: 33401,
  tags: [['d', 'x']],
  content: '',
};

describe('checkEventShape', () => {
  it('accepts a well-formed event', () => {
    expect(checkEventShape(valid).ok).toBe(true);
  });

  it.each([
    [null, 'not a JSON object'],
    [{ ...valid, id: 'ABC' }, 'id is not 64 lowercase hex characters'],
    [{ ...valid, pubkey: '2'.repeat(63) }, 'pubkey is not 64 lowercase hex characters'],
    [{ ...valid, sig: 'z'.repeat(128) }, 'sig is not 128 lowercase hex characters'],
    [{ ...valid, created_at: 1.5 }, 'created_at is not a non-negative integer'],
    [{ ...valid, created_at: -1 }, 'created_at is not a non-negative integer'],
    [{ ...valid, kind: Number.NaN }, 'kind is not an integer from 0 to 65535'],
    [{ ...valid, tags: [['d', 5]] }, 'tag 0 holds a non-string element'],
    [{ ...valid, tags: 'd' }, 'tags is not an array'],
    [{ ...valid, tags: Array.from({ length: 2001 }, () => ['t', 'x']) }, '2001 tags, over the 2000 limit'],
    [{ ...valid, content: 'x'.repeat(70_000) }, 'content is 70000 characters, over the 65536 limit'],
  ])('refuses %#: %s', (value, reason) => {
    expect(checkEventShape(value)).toEqual({ ok: false, reason });
  });
});
