import type { ProgressSeries } from './progress-series';
import { linear, niceTicks } from './chart-scale';
import { formatShortDate } from '../../ui/format';

const WIDTH = 358;
const HEIGHT = 210;
const PAD = { left: 44, right: 16, top: 28, bottom: 30 };

/** One figure of each session over time (progress-series.ts), in the person's units: a line with labelled axes. */
export function ProgressChart({ series }: { series: ProgressSeries }) {
  const { points, scaled, text } = series;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;

  const values = points.map((p) => scaled(p.value));
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 4, series.step);
  const y = linear([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0], [HEIGHT - PAD.bottom, PAD.top]);
  const x = linear([first.start, last.start], [PAD.left + 8, WIDTH - PAD.right - 8]);
  const line = points.map((p) => `${x(p.start).toFixed(1)},${y(scaled(p.value)).toFixed(1)}`).join(' ');
  const summary =
    points.length === 1
      ? `${series.name} ${text(first.value)} on ${formatShortDate(first.start)}`
      : `${series.name} from ${text(first.value)} on ${formatShortDate(first.start)} to ${text(last.value)} on ${formatShortDate(last.start)}, ${points.length} sessions`;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} data-testid={`${series.metric}-chart`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__label" x={PAD.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {series.tick(tick)}
            </text>
          </g>
        ))}
        <text className="chart__label" x={PAD.left - 8} y={12} textAnchor="end">
          {series.axisUnit}
        </text>
        <text className="chart__label" x={PAD.left} y={HEIGHT - 8} textAnchor="start">
          {formatShortDate(first.start)}
        </text>
        {points.length > 1 && (
          <text className="chart__label" x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
            {formatShortDate(last.start)}
          </text>
        )}
        <polyline className="chart__line" points={line} />
        {points.map((p) => (
          <circle key={p.start} className="chart__point" cx={x(p.start)} cy={y(scaled(p.value))} r={p === last ? 5 : 3.5} />
        ))}
      </svg>
      <figcaption className="chart__caption">
        <strong>{text(last.value)}</strong> latest
        {points.length > 1 && ` · ${change(last.value - first.value, text)} since ${formatShortDate(first.start)}`}
      </figcaption>
    </figure>
  );
}

/** A difference with its sign: "+8.7 kg", "-0:07 /km". */
function change(difference: number, text: (value: number) => string): string {
  const words = text(Math.abs(difference));
  return difference > 0 ? `+${words}` : difference < 0 ? `-${words}` : words;
}
