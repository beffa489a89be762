import { WEIGHT_UNITS } from '../../domain/units';
import { usePreferencesStore } from '../../store/preferences-store';
import { FormError } from '../../lib/form-error';

/** kg or lb: how every weight is shown and typed; what is stored stays kg (NIP-101e). */
export function UnitsSection() {
  const { units, error, setUnits } = usePreferencesStore();
  return (
    <section className="settings__section" aria-labelledby="units-title">
      <h2 id="units-title" className="section-title">
        Units
      </h2>
      <div className="pill-switch" role="group" aria-label="Weight unit">
        {WEIGHT_UNITS.map((unit) => (
          <button
            key={unit}
            type="button"
            className="pill-switch__option"
            aria-pressed={units === unit}
            onClick={() => void setUnits(unit)}
          >
            {unit === 'kg' ? 'Kilograms (kg)' : 'Pounds (lb)'}
          </button>
        ))}
      </div>
      <p className="field__hint">Weights are saved in kg, as Nostr workout events require; this changes how they are shown and typed.</p>
      <FormError message={error} />
    </section>
  );
}
