import { formatDecimal, formatWeight, type WeightUnit } from '../../domain/units';
import type { RecordSet } from '../../domain/workout-record';

const SET_TYPE_LABELS: Record<string, string> = { warmup: 'Warm-up', drop: 'Drop set', failure: 'To failure' };

/** A performed set as read aloud: "100 kg × 5 @ 8", "Bodyweight × 12", "10 kg assisted × 8". */
export function setText(set: RecordSet, unit: WeightUnit): string {
  // Only 4-parameter sets are strength sets (weight, reps, rpe, set type); others show their values as written.
  if (set.params.length !== 4) return set.params.filter((param) => param.trim() !== '').join(' · ');
  const parts = [`${loadText(set.weightKg, unit)} × ${set.reps === undefined ? '–' : formatDecimal(set.reps)}`];
  if (set.rpe !== undefined) parts.push(`@ ${formatDecimal(set.rpe)}`);
  return parts.join(' ');
}

/** "Warm-up", "Drop set", "To failure"; undefined for a normal working set. */
export function setTypeLabel(set: RecordSet): string | undefined {
  return set.setType ? SET_TYPE_LABELS[set.setType] : undefined;
}

function loadText(weightKg: number | null | undefined, unit: WeightUnit): string {
  if (weightKg === null || weightKg === undefined) return 'Bodyweight';
  return weightKg < 0 ? `${formatWeight(-weightKg, unit)} assisted` : formatWeight(weightKg, unit);
}

/** What each set is called in its exercise: "W" for a warm-up, working sets numbered from 1. */
export function setNumbers(sets: readonly RecordSet[]): string[] {
  let working = 0;
  return sets.map((set) => (set.setType === 'warmup' ? 'W' : String(++working)));
}
