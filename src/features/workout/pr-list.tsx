import type { WeightUnit } from '../../domain/units';
import { MISSING_EXERCISE_TITLE } from '../../ui/format';
import { prText, prValue } from '../../ui/set-text';

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
  const { label, value } = prText(record, unit);
  return { what: label, value, before: record.previous ? prValue(record.metric, record.previous, unit) : undefined };
}
