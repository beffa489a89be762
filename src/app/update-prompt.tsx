import { useAppStore } from '../store/app-store';

/** A new version of the app is installed and waiting; the user decides when to switch. */
export function UpdatePrompt() {
  const applyUpdate = useAppStore((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="toast" role="alert" data-testid="update-prompt">
      <span>Update available</span>
      <button type="button" className="button button--primary" onClick={applyUpdate}>
        Reload
      </button>
    </div>
  );
}
