import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStaticServer, type RunningServer } from '../../../scripts/lib/static-server.mjs';
import { testContext } from '../../testing/test-context';
import { createWorkerApi } from '../create-api';

// The real starter pack, served over HTTP on loopback as the app serves it.
let root: string;
let server: RunningServer;
let packLines: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'plates-pack-'));
  await cp('public/starter-pack', join(root, 'starter-pack'), { recursive: true });
  packLines = (await readFile(join(root, 'starter-pack/pack.ndjson'), 'utf8')).trimEnd().split('\n');
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

async function writePack(name: string, lines: string[]): Promise<string> {
  await writeFile(join(root, 'starter-pack', name), lines.join('\n'));
  return `${server.url}/starter-pack/${name}`;
}

function withVersion(version: string): string {
  return JSON.stringify({ ...JSON.parse(packLines[0] ?? '{}'), version });
}

describe('ensureStarterPack', () => {
  it('stores the whole pack once; the same version again does nothing; a new version duplicates nothing', async () => {
    const ctx = testContext();
    const api = createWorkerApi(ctx);
    const url = `${server.url}/starter-pack/pack.ndjson`;
    const first = await api.ensureStarterPack({ url });
    expect(first).toMatchObject({
      ingested: true,
      stored: packLines.length - 1,
      duplicates: 0,
      rejected: [],
      mediaStored: 60,
      mediaFailed: 0,
    });
    expect(await ctx.db.exercises.count()).toBe(873);
    expect(await ctx.db.templates.where('complete').equals(1).count()).toBe(await ctx.db.templates.count());
    const counts = { events: await ctx.db.events.count(), records: await ctx.db.records.count(), media: await ctx.db.media.count() };

    expect(await api.ensureStarterPack({ url })).toMatchObject({ ingested: false, stored: 0 });
    const bumped = await writePack('bumped.ndjson', [withVersion('9999-01-01.1'), ...packLines.slice(1)]);
    expect(await api.ensureStarterPack({ url: bumped })).toMatchObject({ ingested: true, stored: 0, duplicates: packLines.length - 1 });
    expect({ events: await ctx.db.events.count(), records: await ctx.db.records.count(), media: await ctx.db.media.count() }).toEqual(
      counts,
    );
  });

  it('rejects a badly signed event and a truncated file line by line, with reasons, and loads the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const events = packLines.slice(1);
    const forged = JSON.parse(events[5] ?? '{}') as { content: string };
    forged.content = 'Tampered instructions';
    const lastLine = events[events.length - 1] ?? '';
    const damaged = [
      packLines[0] ?? '',
      ...events.slice(0, 5),
      JSON.stringify(forged),
      ...events.slice(6, -1),
      lastLine.slice(0, lastLine.length / 2),
    ];
    const ctx = testContext();
    const report = await createWorkerApi(ctx).ensureStarterPack({ url: await writePack('damaged.ndjson', damaged) });

    expect(report.stored).toBe(events.length - 2);
    expect(report.rejected).toEqual([
      { line: events.length + 1, reason: `line ${events.length + 1}: not valid JSON (truncated or damaged)` },
      { line: 7, reason: expect.stringContaining('signature check failed') },
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('starter pack line 7 rejected: signature check failed'));
    expect(await ctx.db.events.count()).toBe(events.length - 2);
    warn.mockRestore();
  });

  it('refuses a pack whose header is unreadable and stores nothing', async () => {
    const ctx = testContext();
    const url = await writePack('headless.ndjson', ['{"format":1,"vers', ...packLines.slice(1)]);
    await expect(createWorkerApi(ctx).ensureStarterPack({ url })).rejects.toEqual({
      type: 'starter-pack',
      message: 'the starter pack is unreadable: line 1: the starter pack header is not valid JSON',
    });
    expect(await ctx.db.events.count()).toBe(0);
  });
});

describe('library queries over the starter pack', () => {
  it('searches by word prefix, filters by equipment and muscle, and pages', async () => {
    const ctx = testContext();
    const api = createWorkerApi(ctx);
    await api.ensureStarterPack({ url: `${server.url}/starter-pack/pack.ndjson` });

    const deadlifts = await api.listExercises({ search: 'deadlift' });
    expect(deadlifts.total).toBeGreaterThan(10);
    expect(deadlifts.items.every((item) => /deadlift/i.test(item.title))).toBe(true);
    expect((await api.listExercises({ search: 'barbell deadlift' })).items[0]?.title).toBe('Barbell Deadlift');
    expect((await api.listExercises({ search: 'stiff-legged' })).total).toBeGreaterThan(0);

    const barbellQuads = await api.listExercises({ equipment: 'barbell', muscle: 'quadriceps', limit: 500 });
    expect(barbellQuads.total).toBeGreaterThan(5);
    expect(barbellQuads.items.every((item) => item.equipment === 'barbell' && item.muscles.includes('quadriceps'))).toBe(true);

    const page1 = await api.listExercises({ limit: 40 });
    const page2 = await api.listExercises({ offset: 40, limit: 40 });
    expect(page1.total).toBe(873);
    expect(page2.items[0]?.title.localeCompare(page1.items[39]?.title ?? '')).toBeGreaterThan(0);
    expect(await api.listExercises({ search: 'zzzz' })).toEqual({ total: 0, items: [] });

    const facets = await api.listLibraryFacets({});
    expect(facets.equipment).toContain('barbell');
    expect(facets.muscles).toContain('lower-back');

    const detail = await api.getExercise({ address: deadlifts.items.find((i) => i.title === 'Barbell Deadlift')?.address ?? '' });
    expect(detail?.instructions).toMatch(/^1\. Stand in front of a loaded barbell\./);
    expect(detail?.media.filter((m) => m.blob instanceof Blob)).toHaveLength(2);
  });
});
