import { useMedia } from '../../lib/use-media';
import { useVisible } from '../../lib/use-visible';
import type { ExerciseSummary } from '../../worker/api';

/**
 * The exercise's first photo, small, read from the device once the row nears the screen; its
 * initial until then or when the photo is not stored. A row never downloads: the photo comes
 * with the app (the bundled starter photos) or when the exercise is opened.
 */
export function ExerciseThumb({ exercise }: { exercise: ExerciseSummary }) {
  const [attach, visible] = useVisible<HTMLSpanElement>();
  const photo = useMedia(exercise.photo ?? { url: '' }, 'stored-thumbnail', { enabled: visible && exercise.photo !== undefined });
  return (
    <span className="exercise-item__badge" aria-hidden="true" ref={attach}>
      {photo.src ? <img className="exercise-item__thumb" src={photo.src} alt="" onError={photo.reportBroken} /> : exercise.title.charAt(0)}
    </span>
  );
}
