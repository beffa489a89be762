import { expect, test } from '@playwright/test';
import { verifyEvent, type Event } from 'nostr-tools/pure';
import { countStoredRows, openApp, readStoredEvents } from './support/app';
import { withProfile } from './support/persistent';

test('first run stores the 873 exercises as verified 33401 events; a second run adds nothing', async ({ baseURL }) => {
  await withProfile(async (open) => {
    const first = await open(baseURL ?? '');
    const page = first.pages()[0] ?? (await first.newPage());
    await openApp(page);
    await expect(page.getByTestId('result-count')).toHaveText('873 exercises');

    const exercises = await readStoredEvents(page, 33401);
    expect(exercises).toHaveLength(873);
    const unverified = exercises.filter((row) => {
      const { id, pubkey, created_at, kind, tags, content, sig } = row as unknown as Event;
      return !verifyEvent({ id, pubkey, created_at, kind, tags, content, sig });
    });
    expect(unverified).toEqual([]);
    const templates = await readStoredEvents(page, 33402);
    expect(templates.length).toBeGreaterThanOrEqual(8);
    const totals = {
      events: await countStoredRows(page, 'events'),
      exercises: await countStoredRows(page, 'exercises'),
      templates: await countStoredRows(page, 'templates'),
      media: await countStoredRows(page, 'media'),
    };
    expect(totals.exercises).toBe(873);
    expect(totals.media).toBe(60);
    await first.close();

    // Same profile, browser restarted: the pack is not ingested again, nothing is duplicated.
    const second = await open(baseURL ?? '');
    const again = second.pages()[0] ?? (await second.newPage());
    await openApp(again);
    await expect(again.getByTestId('result-count')).toHaveText('873 exercises');
    expect(await readStoredEvents(again, 33401)).toHaveLength(873);
    expect({
      events: await countStoredRows(again, 'events'),
      exercises: await countStoredRows(again, 'exercises'),
      templates: await countStoredRows(again, 'templates'),
      media: await countStoredRows(again, 'media'),
    }).toEqual(totals);
  });
});
