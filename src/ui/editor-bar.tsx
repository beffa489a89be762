import { useCallback } from 'react';
import type { WorkerError } from '../worker/api';
import { ActionError } from './action-error';

interface EditorBarProps {
  /** How many problems the screen shows above (0: none, or none shown yet). */
  problems: number;
  error: WorkerError | undefined;
  saving: boolean;
  /** "Save template", "Save exercise". */
  saveLabel: string;
  onCancel: () => void;
  onSave: () => void;
}

/**
 * An editor screen's fixed bar at the bottom: how many things to fix, a save error, Cancel and
 * Save. It keeps `--editor-bar-height` on the screen at its own height, which grows with those
 * lines; the screen's `has-editor-bar` padding (ui.css) is that much, so the last control always
 * scrolls clear of the bar.
 */
export function EditorBar({ problems, error, saving, saveLabel, onCancel, onSave }: EditorBarProps) {
  const measure = useBarHeight();
  return (
    <div className="editor-bar" ref={measure}>
      {problems > 0 && (
        <p className="editor-bar__problems" role="alert">
          {problems === 1 ? 'One thing to fix above.' : `${problems} things to fix above.`}
        </p>
      )}
      <ActionError error={error} />
      <div className="editor-bar__buttons">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={onSave} disabled={saving}>
          {saving ? 'Saving…' : saveLabel}
        </button>
      </div>
    </div>
  );
}

function useBarHeight() {
  return useCallback((bar: HTMLDivElement | null) => {
    const screen = bar?.parentElement;
    if (!bar || !screen) return;
    const observer = new ResizeObserver(() => screen.style.setProperty('--editor-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
}
