import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PlatesDatabase } from './database';

function indexNames(db: Dexie, table: string): string[] {
  return db
    .table(table)
    .schema.indexes.map((index) => index.name)
    .sort();
}

describe('PlatesDatabase upgrades', () => {
  it('opens a version 5 database as the current version with every row kept and the unread indexes gone', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(5).stores({
      exercises: 'address, pubkey, titleLower, equipment, *muscles, *words',
      records: 'key, [pubkey+start], templateAddress, *exerciseAddresses',
    });
    await old.table('exercises').put({
      address: '33401:aa:squat',
      pubkey: 'aa',
      titleLower: 'squat',
      equipment: 'barbell',
      muscles: ['quadriceps'],
      words: ['squat'],
    });
    await old
      .table('records')
      .put({ key: 'r1', pubkey: 'aa', start: 1, templateAddress: '33402:aa:t', exerciseAddresses: ['33401:aa:squat'] });
    old.close();

    const db = new PlatesDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    // Version 7: an import's job and its records waiting to be signed.
    expect(indexNames(db, 'importDrafts')).toEqual([]);
    expect(db.importDrafts.schema.primKey.keyPath).toEqual(['jobId', 'position']);
    expect(indexNames(db, 'exercises')).toEqual(['pubkey', 'titleLower']);
    expect(indexNames(db, 'records')).toEqual(['[pubkey+start]', 'exerciseAddresses']);
    expect(await db.exercises.get('33401:aa:squat')).toMatchObject({ equipment: 'barbell', muscles: ['quadriceps'], words: ['squat'] });
    expect(await db.records.where('exerciseAddresses').equals('33401:aa:squat').first()).toMatchObject({
      key: 'r1',
      templateAddress: '33402:aa:t',
    });
    db.close();
    await Dexie.delete(name);
  });
});
