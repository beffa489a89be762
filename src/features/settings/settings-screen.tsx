import { importPath } from '../../lib/paths';
import { AccountSyncLinks } from './account-sync-links';
import { DiagnosticsSummary } from './diagnostics-summary';
import { ExportEvents } from './export-events';
import { ExportWorkoutsCsv } from './export-workouts-csv';
import { ImportEvents } from './import-events';
import { SettingsLink } from './settings-link';
import './settings.css';
import { StorageSection } from './storage-section';
import { UnitsSection } from './units-section';

/** Account and sync at a glance, units, storage, diagnostics; importing from other apps, and exports of one's own events and workouts. */
export function SettingsScreen() {
  return (
    <main className="screen settings">
      <AccountSyncLinks />
      <UnitsSection />
      <StorageSection />
      <section className="settings__section" aria-labelledby="import-export-title">
        <h2 id="import-export-title" className="section-title">
          Import and export
        </h2>
        <ul className="settings-links">
          <SettingsLink
            to={importPath.build()}
            title="Import from Strong or Hevy"
            detail="Your workouts from their CSV export, reviewed before anything is saved"
          />
        </ul>
        <ExportEvents />
        <ExportWorkoutsCsv />
        <ImportEvents />
      </section>
      <DiagnosticsSummary />
    </main>
  );
}
