import { labelOf } from '../../domain/muscles';
import { useQuery } from '../../lib/query/use-query';
import { exerciseQuery } from '../../store/queries/library-queries';
import { formatParameters } from '../../ui/format';
import { ExerciseActions } from './exercise-actions';
import { ExercisePhoto } from './exercise-photo';
import { ExerciseVideo, isVideo } from './exercise-video';
import './library.css';

/** One exercise: photos, what is logged per set, the muscles it trains, how to do it. */
export function ExerciseDetailScreen({ address }: { address: string }) {
  const { data: detail, loading, error } = useQuery(exerciseQuery, address);

  if (!detail && (error || !loading)) {
    return (
      <main className="screen">
        <p className="empty">This exercise is not stored on this device.</p>
      </main>
    );
  }
  if (!detail) return <main className="screen" aria-busy="true" />;

  const steps = detail.instructions
    .split('\n')
    .map((line) => line.replace(/^\s*\d+[.)]\s*/, '').trim())
    .filter(Boolean);
  const otherTags = detail.hashtags.filter((tag) => !detail.muscles.includes(tag));
  return (
    <main className="screen detail">
      <h2 className="detail__title">{detail.title}</h2>
      <div className="chips">
        <span className="chip chip--strong">{labelOf(detail.equipment)}</span>
        {detail.difficulty && <span className={`chip level--${detail.difficulty}`}>{labelOf(detail.difficulty)}</span>}
        {otherTags.map((tag) => (
          <span key={tag} className="chip">
            {labelOf(tag)}
          </span>
        ))}
      </div>
      <ExerciseActions address={detail.address} pubkey={detail.pubkey} title={detail.title} />
      {detail.media.length > 0 && (
        <div className="photos">
          {detail.media.map((media) =>
            isVideo(media) ? <ExerciseVideo key={media.url} media={media} /> : <ExercisePhoto key={media.url} media={media} />,
          )}
        </div>
      )}
      {detail.muscles.length > 0 && (
        <section className="detail__section">
          <h3>Muscles</h3>
          <p>{detail.muscles.map(labelOf).join(' · ')}</p>
        </section>
      )}
      <section className="detail__section">
        <h3>Logged per set</h3>
        <p>{formatParameters(detail.format)}</p>
      </section>
      <section className="detail__section">
        <h3>Instructions</h3>
        {steps.length > 0 ? (
          <ol className="steps" data-testid="instructions">
            {steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        ) : (
          <p className="muted">No instructions were given for this exercise.</p>
        )}
      </section>
    </main>
  );
}
