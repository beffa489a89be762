import type { ExerciseDefinition } from '../../domain/exercise';
import { mappingKey, type MappingEntry } from '../../domain/exercise-mapping/map-exercises';
import type { NewExercise } from '../../domain/exercise-mapping/new-exercise';
import type { ChosenExercise } from '../../domain/training-csv/imported-record';
import type { PlatesDatabase } from '../db/database';
import { WorkerFailure } from '../errors';
import type { MappingChoice } from '../handlers/training-import-types';
import { exerciseFacts } from '../queries/exercise-facts';
import { rememberImportChoices } from './remembered-choices';

export interface ChosenExercises {
  /** By the names' mapping key (mappingKey): every spelling of a name finds its exercise. */
  byKey: Map<string, ChosenExercise>;
  /** Own exercises made now. */
  created: number;
}

/**
 * The exercise each name of a file is imported to: the person's choice, else the proposed
 * match, else a new own exercise. Own exercises are made by `save` (signed and queued like any
 * the person makes) and remembered at once, and noted in `made` (by mapping key) so that the
 * same file imported again after a failure makes none twice; then every choice is
 * remembered for the next import. A chosen exercise that is not on this device is refused
 * before anything is made.
 */
export async function chooseExercises(
  db: PlatesDatabase,
  entries: readonly MappingEntry[],
  choices: readonly MappingChoice[],
  save: (exercise: ExerciseDefinition) => Promise<{ address: string }>,
  made: Map<string, string>,
): Promise<ChosenExercises> {
  const chosen = new Map(choices.map((choice) => [mappingKey(choice.name), choice]));
  const picks = entries.map((entry) => {
    const key = mappingKey(entry.name);
    const choice = chosen.get(key);
    const address = choice && 'address' in choice ? choice.address : choice ? undefined : entry.match?.address;
    return { entry, key, address: address ?? made.get(key) };
  });
  const stored = await exerciseFacts(
    db,
    picks.flatMap((pick) => (pick.address ? [pick.address] : [])),
  );
  const missing = picks.find((pick) => pick.address !== undefined && !stored.has(pick.address));
  if (missing) {
    throw new WorkerFailure('invalid-choice', `The exercise chosen for “${missing.entry.name}” is not on this device: choose another.`);
  }
  let created = 0;
  for (const pick of picks) {
    if (pick.address !== undefined) continue;
    pick.address = (await save(ownExercise(pick.entry.newExercise))).address;
    made.set(pick.key, pick.address);
    created++;
    await rememberImportChoices(db, [{ name: pick.entry.name, address: pick.address }]);
  }
  const addresses = picks.map((pick) => ({ name: pick.entry.name, address: pick.address ?? '' }));
  await rememberImportChoices(db, addresses);
  const facts = await exerciseFacts(
    db,
    addresses.map((pick) => pick.address),
  );
  const byKey = new Map<string, ChosenExercise>();
  for (const pick of picks) {
    const known = facts.get(pick.address ?? '');
    if (known && pick.address) byKey.set(pick.key, { address: pick.address, title: known.title, format: known.format });
  }
  return { byKey, created };
}

/** The own exercise made for a name: the format and equipment its sets need, as the review showed it. */
function ownExercise({ title, parameters, equipment }: NewExercise): ExerciseDefinition {
  return {
    d: '',
    title,
    format: parameters.map((parameter) => parameter.name),
    formatUnits: parameters.map((parameter) => parameter.unit),
    equipment,
    hashtags: [],
    instructions: '',
    media: [],
  };
}
