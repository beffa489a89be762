import { useMedia } from '../../lib/use-media';
import { useVisible } from '../../lib/use-visible';
import type { ExerciseSummary } from '../../worker/api';

/** The exercise's first photo, small, loaded once the row nears the screen; its initial until then or without one. */
export function ExerciseThumb({ exercise }: { exercise: ExerciseSummary }) {
  const [attach, visible] = useVisible<HTMLSpanElement>();
  const photo = useMedia(exercise.photo ?? { url: '' }, 'thumbnail', { enabled: visible && exercise.photo !== undefined });
  return (
    <span className="exercise-item__badge" aria-hidden="true" ref={attach}>
      {photo.src ? <img className="exercise-item__thumb" src={photo.src} alt="" onError={photo.reportBroken} /> : exercise.title.charAt(0)}
    </span>
  );
}
