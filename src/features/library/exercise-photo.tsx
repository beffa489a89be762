import { useOnline } from '../../lib/use-online';
import { useObjectUrl } from '../../lib/use-object-url';
import type { ExerciseDetail } from '../../worker/api';

type Media = ExerciseDetail['media'][number];

/** A stored photo from the database; otherwise the network copy when online; otherwise a placeholder. */
export function ExercisePhoto({ media }: { media: Media }) {
  const online = useOnline();
  const storedUrl = useObjectUrl(media.blob);
  const src = storedUrl ?? (online ? media.url : undefined);
  const [width, height] = (media.dim ?? '').split('x').map(Number);
  if (!src) {
    return (
      <figure className="photo photo--missing">
        <span>Photo not stored on this device</span>
      </figure>
    );
  }
  return (
    <figure className="photo">
      <img src={src} alt={media.alt ?? ''} loading="lazy" width={width || undefined} height={height || undefined} data-stored={storedUrl ? 'yes' : 'no'} />
    </figure>
  );
}
