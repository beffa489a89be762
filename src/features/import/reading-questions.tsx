import type { DateOrder } from '../../domain/training-csv/training-file';
import type { WeightUnit } from '../../domain/units';
import { useTrainingImportStore } from '../../store/training-import-store';
import { SegmentedControl } from '../../ui/segmented-control';
import type { TrainingImportPreview } from '../../worker/api';

const WEIGHT_UNITS = [
  { value: 'kg', label: 'Kilograms (kg)' },
  { value: 'lb', label: 'Pounds (lb)' },
] as const satisfies ReadonlyArray<{ value: WeightUnit; label: string }>;

const DATE_ORDER_NAMES: Record<DateOrder, string> = { 'day-month': 'Day first (31/12)', 'month-day': 'Month first (12/31)' };

/** What the file leaves open: the unit of its weights when it does not name one, the order of day and month when its dates allow both. */
export function ReadingQuestions({ preview }: { preview: TrainingImportPreview }) {
  const readAgain = useTrainingImportStore((s) => s.readAgain);
  const reading = useTrainingImportStore((s) => s.busy === 'reading');
  const askUnit = !preview.weightUnitStated;
  const askDates = preview.dateOrders.length > 1;
  if (!askUnit && !askDates) return null;
  return (
    <section className="import__step" aria-labelledby="import-questions-title" aria-busy={reading}>
      <h2 id="import-questions-title" className="section-title">
        How to read the file
      </h2>
      {askUnit && (
        <div className="import__question">
          <p>The file does not say whether its weights are in kilograms or pounds. They are in:</p>
          <SegmentedControl
            label="Weight unit of the file"
            options={WEIGHT_UNITS}
            value={preview.weightUnit}
            onChange={(weightUnit) => void readAgain({ weightUnit })}
          />
        </div>
      )}
      {askDates && (
        <div className="import__question">
          <p>Its dates can be read day first or month first (is 05/06 the 5th of June or May 6th?). They are written:</p>
          <SegmentedControl
            label="Order of day and month"
            options={preview.dateOrders.map((order) => ({ value: order, label: DATE_ORDER_NAMES[order] }))}
            value={preview.dateOrder ?? preview.dateOrders[0] ?? 'day-month'}
            onChange={(dateOrder) => void readAgain({ dateOrder })}
          />
        </div>
      )}
      {reading && (
        <p className="field__hint" role="status">
          Reading the file again…
        </p>
      )}
    </section>
  );
}
