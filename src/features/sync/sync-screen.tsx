import { DiagnosticsSection } from './diagnostics-section';
import { OutboxSection } from './outbox-section';
import { RelaysSection } from './relays-section';

/** Where Plates reads and publishes, what still waits to be published, and how loads and relays behave. */
export function SyncScreen() {
  return (
    <main className="screen sync">
      <RelaysSection />
      <OutboxSection />
      <DiagnosticsSection />
    </main>
  );
}
