import { describe, expect, it } from 'vitest';
import { definePagedQuery } from './paged-query';
import { defineQuery, QueryClient } from './query-client';

/** A promise settled from outside, to decide in which order answers arrive. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('QueryClient', () => {
  it('keeps each answer on the key it was asked for, whatever order the answers arrive in', async () => {
    const answerA = deferred<string>();
    const answerB = deferred<string>();
    const template = defineQuery('template', (address: string) => (address === 'a' ? answerA : answerB).promise);
    const client = new QueryClient();
    const stopA = client.watch(template, 'a');
    stopA();
    client.watch(template, 'b');
    answerB.resolve('template B');
    await flush();
    answerA.resolve('template A (slow)');
    await flush();
    expect(client.get(template, 'b').data).toBe('template B');
    expect(client.get(template, 'a').data).toBe('template A (slow)');
  });

  it('runs one read per key at a time and folds reads asked meanwhile into one more, whose answer wins', async () => {
    const reads: Array<ReturnType<typeof deferred<number>>> = [];
    const count = defineQuery('records', () => {
      const read = deferred<number>();
      reads.push(read);
      return read.promise;
    });
    const client = new QueryClient();
    client.watch(count, {});
    void client.fetch(count, {});
    void client.fetch(count, {});
    expect(reads).toHaveLength(1);
    expect(client.get(count, {})).toMatchObject({ loading: true, fetching: true });
    reads[0]?.resolve(1);
    await flush();
    expect(reads).toHaveLength(2);
    expect(client.get(count, {}).data).toBe(1);
    reads[1]?.resolve(2);
    await flush();
    expect(reads).toHaveLength(2);
    expect(client.get(count, {})).toMatchObject({ data: 2, loading: false, fetching: false });
  });

  it('does not read again for a view that starts watching a key whose read is under way', async () => {
    let reads = 0;
    const search = defineQuery('exercises', async (text: string) => {
      reads++;
      return text;
    });
    const client = new QueryClient();
    void client.fetch(search, 'squ');
    client.watch(search, 'squ');
    await flush();
    expect(reads).toBe(1);
    expect(client.get(search, 'squ').data).toBe('squ');
  });

  it('drops a read that was under way when the app set the key itself', async () => {
    const read = deferred<string>();
    const template = defineQuery('template', () => read.promise);
    const client = new QueryClient();
    client.watch(template, 'x');
    client.set(template, 'x', 'from the action');
    read.resolve('older read');
    await flush();
    expect(client.get(template, 'x')).toMatchObject({ data: 'from the action', fetching: false });
  });

  it('re-reads only the watched keys of the invalidated queries', async () => {
    const reads: string[] = [];
    const template = defineQuery('template', async (address: string) => {
      reads.push(`template ${address}`);
      return address;
    });
    const records = defineQuery('records', async () => {
      reads.push('records');
      return [];
    });
    const client = new QueryClient();
    client.watch(template, 'shown');
    client.watch(template, 'gone')();
    client.watch(records, {});
    await flush();
    reads.length = 0;
    client.invalidate(new Set(['template']));
    await flush();
    expect(reads).toEqual(['template shown']);
  });

  it('gives every failure the { type, message } shape and keeps what was shown', async () => {
    let fail: unknown;
    const exercise = defineQuery('exercise', async () => {
      if (fail) throw fail;
      return 'Squat';
    });
    const client = new QueryClient();
    client.watch(exercise, 'a');
    await flush();
    fail = { type: 'storage-full', message: 'The device is full' };
    await client.fetch(exercise, 'a');
    expect(client.get(exercise, 'a')).toMatchObject({ data: 'Squat', error: { type: 'storage-full', message: 'The device is full' } });
    fail = new Error('database closed');
    await client.fetch(exercise, 'a');
    expect(client.get(exercise, 'a').error).toEqual({ type: 'Error', message: 'database closed' });
    fail = undefined;
    await client.fetch(exercise, 'a');
    expect(client.get(exercise, 'a').error).toBeUndefined();
  });

  it('takes a read that throws before it returns a promise as a failed read', async () => {
    const notStarted = defineQuery('exercise', (): Promise<string> => {
      throw new Error('the worker client is not started');
    });
    const client = new QueryClient();
    await client.fetch(notStarted, 'a');
    expect(client.get(notStarted, 'a')).toMatchObject({
      loading: false,
      fetching: false,
      error: { message: 'the worker client is not started' },
    });
  });

  it('makes one key of params whatever the order of their fields', () => {
    const search = defineQuery('exercises', async (filter: { search: string; muscle: string }) => filter);
    expect(search.key({ search: 'squat', muscle: '' })).toBe(search.key({ muscle: '', search: 'squat' }));
    expect(search.key({ search: 'squat', muscle: '' })).not.toBe(search.key({ search: 'squa', muscle: '' }));
  });

  it('forgets the least recently watched keys nobody watches beyond what it keeps', async () => {
    const search = defineQuery('exercises', async (text: string) => text);
    const client = new QueryClient();
    for (let i = 0; i < 200; i++) client.watch(search, `q${i}`)();
    await flush();
    client.watch(search, 'last')();
    await flush();
    const kept = Object.keys(client.store.getState().entries);
    expect(kept.length).toBe(150);
    expect(kept).not.toContain(search.key('q0'));
    expect(kept).toContain(search.key('last'));
  });
});

describe('paged queries', () => {
  const ITEMS = Array.from({ length: 25 }, (_, i) => i);
  function numbersQuery(log: string[]) {
    return definePagedQuery('records', 10, async (_params: Record<string, never>, { limit, offset, after }) => {
      log.push(`limit ${limit} offset ${offset} after ${after ?? '-'}`);
      return { items: ITEMS.slice(offset, offset + limit), meta: undefined };
    });
  }

  it('adds a page after the last item, and says when there is no more', async () => {
    const log: string[] = [];
    const numbers = numbersQuery(log);
    const client = new QueryClient();
    client.watch(numbers, {});
    await flush();
    expect(client.get(numbers, {}).data).toMatchObject({ items: ITEMS.slice(0, 10), hasMore: true });
    await client.extend(numbers, {}, (current) => numbers.more({}, current));
    await client.extend(numbers, {}, (current) => numbers.more({}, current));
    expect(client.get(numbers, {}).data).toMatchObject({ items: ITEMS, hasMore: false });
    expect(log).toEqual(['limit 10 offset 0 after -', 'limit 10 offset 10 after 9', 'limit 10 offset 20 after 19']);
  });

  it('re-reads as many items as are shown, so an update does not shorten a scrolled list', async () => {
    const log: string[] = [];
    const numbers = numbersQuery(log);
    const client = new QueryClient();
    client.watch(numbers, {});
    await flush();
    await client.extend(numbers, {}, (current) => numbers.more({}, current));
    client.invalidate(new Set(['records']));
    await flush();
    expect(log.at(-1)).toBe('limit 20 offset 0 after -');
    expect(client.get(numbers, {}).data?.items).toHaveLength(20);
  });

  it('drops a page that arrives after the list was read again', async () => {
    const numbers = numbersQuery([]);
    const client = new QueryClient();
    client.watch(numbers, {});
    await flush();
    const page = deferred<undefined>();
    const extending = client.extend(numbers, {}, async (current) => {
      await page.promise;
      return { ...current, items: [...current.items, 999] };
    });
    await client.fetch(numbers, {});
    page.resolve(undefined);
    await extending;
    expect(client.get(numbers, {}).data?.items).toEqual(ITEMS.slice(0, 10));
  });
});
