/** Kind numbers Plates reads and writes (NIP-01, NIP-09, NIP-51, NIP-65, NIP-101e). */
export const KIND = {
  profile: 0,
  contacts: 3,
  deletion: 5,
  workoutRecord: 1301,
  muteList: 10000,
  relayList: 10002,
  bookmarkSet: 30003,
  curationSet: 30004,
  exercise: 33401,
  workoutTemplate: 33402,
  legacyWorkoutRecord: 33403,
} as const;

/** NIP-01: 0, 3 and 10000–19999 keep only the newest event per pubkey+kind. */
export function isReplaceableKind(kind: number): boolean {
  return kind === 0 || kind === 3 || (kind >= 10_000 && kind < 20_000);
}

/** NIP-01: 30000–39999 keep only the newest event per pubkey+kind+d. */
export function isAddressableKind(kind: number): boolean {
  return kind >= 30_000 && kind < 40_000;
}
