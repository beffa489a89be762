import { useMedia } from '../../lib/use-media';
import type { ExerciseDetail } from '../../worker/api';

type Media = ExerciseDetail['media'][number];

/**
 * A photo from the device; when it is not stored yet and the device is online, the worker
 * fetches, checks and stores it, so it shows offline from then on. A placeholder says why
 * when there is nothing to show.
 */
export function ExercisePhoto({ media }: { media: Media }) {
  const { blob, ...ref } = media;
  const photo = useMedia(ref, 'view', blob ? { stored: blob } : {});
  const [width, height] = (media.dim ?? '').split('x').map(Number);
  if (!photo.src) {
    return (
      <figure className="photo photo--missing" data-status={photo.status}>
        {photo.status === 'failed' ? (
          // The worker's reason is exact (hashes, sizes): kept whole, shown small, clamped to the box.
          <span>
            Photo unavailable:{' '}
            <small className="photo__reason" title={photo.reason}>
              {photo.reason ?? 'it could not be downloaded'}.
            </small>
          </span>
        ) : (
          <span>
            {photo.status === 'loading'
              ? 'Loading the photo…'
              : 'Photo not stored on this device. It downloads the next time you open this online.'}
          </span>
        )}
      </figure>
    );
  }
  return (
    <figure className="photo">
      <img
        src={photo.src}
        alt={media.alt ?? ''}
        width={width || undefined}
        height={height || undefined}
        data-stored="yes"
        onError={photo.reportBroken}
      />
    </figure>
  );
}
