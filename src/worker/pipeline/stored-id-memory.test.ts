import { describe, expect, it } from 'vitest';
import { StoredIdMemory } from './stored-id-memory';

describe('StoredIdMemory', () => {
  it('pushes out the least recently used id when stored ids overflow it', () => {
    const memory = new StoredIdMemory(3);
    memory.stored(['a', 'b', 'c']);
    expect(memory.has('a')).toBe(true); // a is now the most recent
    memory.stored(['d']);
    expect([memory.has('a'), memory.has('b'), memory.has('c'), memory.has('d')]).toEqual([true, false, true, true]);
    expect(memory.size).toBe(3);
  });

  it('admits ids a lookup found only into free room', () => {
    const memory = new StoredIdMemory(3);
    memory.stored(['a', 'b']);
    memory.found(['x', 'y'], memory.mark());
    expect([memory.has('a'), memory.has('b'), memory.has('x'), memory.has('y')]).toEqual([true, true, true, false]);
  });

  it('ignores what a lookup found when something was forgotten while it ran', () => {
    const memory = new StoredIdMemory(10);
    const mark = memory.mark();
    memory.forget(['x']);
    memory.found(['x'], mark);
    expect(memory.has('x')).toBe(false);
  });

  it('forgets removed ids and can be cleared', () => {
    const memory = new StoredIdMemory(10);
    memory.stored(['a', 'b', 'c']);
    memory.forget(['b']);
    expect([memory.has('a'), memory.has('b'), memory.has('c')]).toEqual([true, false, true]);
    memory.clear();
    expect(memory.size).toBe(0);
  });
});
