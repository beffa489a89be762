import { KIND } from '../../domain/kinds';

const NAMES: Record<number, string> = {
  [KIND.profile]: 'Profile',
  [KIND.contacts]: 'Contacts',
  [KIND.deletion]: 'Deletion',
  [KIND.workoutRecord]: 'Workout',
  [KIND.muteList]: 'Mute list',
  [KIND.relayList]: 'Relay list',
  [KIND.bookmarkSet]: 'Bookmark set',
  [KIND.curationSet]: 'Curation set',
  [KIND.exercise]: 'Exercise',
  [KIND.workoutTemplate]: 'Template',
  [KIND.legacyWorkoutRecord]: 'Workout (old format)',
};

/** What a person calls an event of this kind. */
export function kindName(kind: number): string {
  return NAMES[kind] ?? `Kind ${kind}`;
}
