import { WEIGHT_UNITS } from '../../domain/units';
import { usePreferencesStore } from '../../store/preferences-store';
import { FormError } from '../../ui/form-error';
import { SegmentedControl } from '../../ui/segmented-control';

/** kg or lb: how every weight is shown and typed; what is stored stays kg (NIP-101e). */
export function UnitsSection() {
  const { units, error, setUnits } = usePreferencesStore();
  return (
    <section className="settings__section" aria-labelledby="units-title">
      <h2 id="units-title" className="section-title">
        Units
      </h2>
      <SegmentedControl
        label="Weight unit"
        options={WEIGHT_UNITS.map((unit) => ({ value: unit, label: unit === 'kg' ? 'Kilograms (kg)' : 'Pounds (lb)' }))}
        value={units}
        onChange={(unit) => void setUnits(unit)}
      />
      <p className="field__hint">Weights are saved in kg, as Nostr workout events require; this changes how they are shown and typed.</p>
      <FormError message={error?.message} />
    </section>
  );
}
