/** The import screens' bar: how far `now` has come of `max`, named by `label`. */
export function ProgressBar({ label, now, max }: { label: string; now: number; max: number }) {
  const share = max > 0 ? Math.min(1, now / max) : 0;
  return (
    <div className="import-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={now}>
      <span style={{ width: `${share * 100}%` }} />
    </div>
  );
}
