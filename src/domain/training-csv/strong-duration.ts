/**
 * A workout's length as Strong writes it, in seconds: "29m", "1h 5m", "2h" (its comma and
 * older exports), or plain seconds ("4195", its `Duration (sec)` column). Undefined when it
 * is neither. Strong's own text has whole minutes; seconds ("1h 5m 30s") are read too.
 */
export function readStrongDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed));
  const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
  return (hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** Seconds as Strong writes a duration, to the nearest minute: "29m", "1h 5m", "2h 0m". */
export function formatStrongDuration(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours}h ${minutes % 60}m` : `${minutes}m`;
}
