import { formatWeight, type WeightUnit } from '../../domain/units';
import { formatVolume, MISSING_EXERCISE_TITLE } from '../../ui/format';

/** A PR as the finish report gives it (with what it beat), or as a stored record claims it. */
interface ShownRecord {
  exerciseAddress: string;
  metric: string;
  value: number;
  previous?: number;
  weightKg?: number;
}

interface PrListProps {
  records: readonly ShownRecord[];
  titles: Readonly<Record<string, string>>;
  unit: WeightUnit;
}

/** The personal records of a workout, grouped under each exercise's name. */
export function PrList({ records, titles, unit }: PrListProps) {
  return (
    <ul className="pr-list" aria-label="Personal records">
      {byExercise(records).map(([address, group]) => (
        <li key={address} className="pr">
          <span className="pr__badge" aria-hidden="true">
            PR
          </span>
          <span className="pr__text">
            <span className="pr__exercise">{titles[address] ?? MISSING_EXERCISE_TITLE}</span>
            {group.map((record) => {
              const { what, value, before } = describe(record, unit);
              return (
                <span key={record.metric} className="pr__what">
                  {what}: <strong>{value}</strong>
                  {before && ` (was ${before})`}
                </span>
              );
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function byExercise(records: readonly ShownRecord[]): Array<[string, ShownRecord[]]> {
  const groups = new Map<string, ShownRecord[]>();
  for (const record of records) groups.set(record.exerciseAddress, [...(groups.get(record.exerciseAddress) ?? []), record]);
  return [...groups];
}

function describe(record: ShownRecord, unit: WeightUnit): { what: string; value: string; before?: string } {
  const was = (format: (n: number) => string) => (record.previous ? format(record.previous) : undefined);
  const weight = (kg: number) => formatWeight(kg, unit);
  switch (record.metric) {
    case 'weight':
      return { what: 'Heaviest weight', value: weight(record.value), before: was(weight) };
    case 'reps':
      return {
        what: record.weightKg ? `Most reps at ${weight(record.weightKg)}` : 'Most reps',
        value: String(record.value),
        before: was(String),
      };
    case 'e1rm':
      return { what: 'Best est. 1RM', value: weight(record.value), before: was(weight) };
    case 'volume':
      return { what: 'Most volume', value: formatVolume(record.value, unit), before: was((kg) => formatVolume(kg, unit)) };
    default:
      return { what: record.metric, value: String(record.value) };
  }
}
