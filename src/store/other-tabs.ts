import { listen } from '../lib/worker-client';
import { usePreferencesStore } from './preferences-store';
import { useSyncStore } from './sync-store';
import { useWorkoutStore } from './workout-store';

/**
 * Follows what another tab changed that this tab holds outside the queries (those follow
 * through invalidation.ts): the workout in progress and the settings. Called once at boot.
 */
export function followOtherTabs(): () => void {
  return listen((event) => {
    if (event.type === 'active-workout-changed') useWorkoutStore.getState().followOtherTab();
    if (event.type !== 'settings-changed') return;
    const { units, relayUrls } = event.payload;
    if (units) usePreferencesStore.setState({ units });
    if (relayUrls) useSyncStore.getState().relaysConfigured(relayUrls);
  });
}
