/** A throughput figure as the bench reports it: how many, in how long, per second. */
export function rate(count: number, ms: number) {
  return { count, ms: Math.round(ms), perSecond: Math.round((count / ms) * 1000) };
}
