import { formatDecimal, formatWeight, type WeightUnit } from '../../domain/units';
import type { RecordSummary } from '../../worker/api';
import { formatVolume } from '../../ui/format';

type Claim = RecordSummary['prs'][number];

/** What a personal record claims, in words and the person's unit: "Heaviest weight · 120 kg". */
export function prText(claim: Claim, unit: WeightUnit): { label: string; value: string } {
  switch (claim.metric) {
    case 'weight':
      return { label: 'Heaviest weight', value: formatWeight(claim.value, unit) };
    case 'reps':
      return { label: 'Most reps at a weight', value: `${formatDecimal(claim.value)} reps` };
    case 'e1rm':
      return { label: 'Best estimated 1RM', value: formatWeight(claim.value, unit) };
    case 'volume':
      return { label: 'Best volume', value: formatVolume(claim.value, unit) };
    default:
      // Another app's metric: its name and value as written.
      return { label: claim.metric, value: formatDecimal(claim.value) };
  }
}
