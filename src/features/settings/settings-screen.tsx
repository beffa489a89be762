import { AccountSyncLinks } from './account-sync-links';
import { DiagnosticsSummary } from './diagnostics-summary';
import { ExportEvents } from './export-events';
import { ImportEvents } from './import-events';
import './settings.css';
import { StorageSection } from './storage-section';
import { UnitsSection } from './units-section';

/** Account and sync at a glance, units, storage, diagnostics, and a backup of one's own events. */
export function SettingsScreen() {
  return (
    <main className="screen settings">
      <AccountSyncLinks />
      <UnitsSection />
      <StorageSection />
      <section className="settings__section" aria-labelledby="backup-title">
        <h2 id="backup-title" className="section-title">
          Backup
        </h2>
        <ExportEvents />
        <ImportEvents />
      </section>
      <DiagnosticsSummary />
    </main>
  );
}
