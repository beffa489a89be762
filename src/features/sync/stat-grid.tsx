export interface Stat {
  label: string;
  value: number | string;
}

/** A labelled group of small counters, in rows of `columns`. */
export function StatGrid({ label, stats, columns }: { label: string; stats: Stat[]; columns: 2 | 3 }) {
  return (
    <div className="stats">
      <h3 className="stats__title">{label}</h3>
      <dl className={`stats__grid stats__grid--${columns}`}>
        {stats.map((stat) => (
          <div key={stat.label} className="stat">
            <dt className="stat__label">{stat.label}</dt>
            <dd className="stat__value">{stat.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
