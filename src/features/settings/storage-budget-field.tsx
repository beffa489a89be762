import { useId } from 'react';
import { formatMoment } from '../../ui/format';
import { useSettingsStore, type StorageState } from '../../store/settings-store';
import { formatBytes } from './format-bytes';

/** The budget above which other people's photos and events are removed, oldest and least used first. */
export function StorageBudgetField({ storage }: { storage: StorageState }) {
  const id = useId();
  const { setBudget, savingBudget } = useSettingsStore();
  const last = storage.lastEviction;
  return (
    <div className="field">
      <label htmlFor={id} className="settings-card__title">
        Storage budget
      </label>
      <select id={id} value={storage.budget} disabled={savingBudget} onChange={(event) => void setBudget(Number(event.target.value))}>
        {storage.choices.map((bytes) => (
          <option key={bytes} value={bytes}>
            {formatBytes(bytes)}
          </option>
        ))}
      </select>
      <p className="field__hint">
        Above it, Plates removes other people’s photos first, then their workouts and exercises you no longer use. Your own workouts,
        templates and anything you keep offline always stay.
      </p>
      {last && (
        <p className="field__hint" data-testid="storage-last-eviction">
          {formatMoment(last.at)}: freed {formatBytes(last.freedBytes)} ({last.mediaRemoved} photos, {last.eventsRemoved} events).
        </p>
      )}
    </div>
  );
}
