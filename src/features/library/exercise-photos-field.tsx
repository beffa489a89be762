import { useId, useState } from 'react';
import { badPhotoAddress, isWebAddress, type ExerciseDraft, type ExerciseProblems } from '../../domain/exercise-draft';
import { useLibraryStore } from '../../store/library-store';
import { FormError } from '../../ui/form-error';
import { ExercisePhoto } from './exercise-photo';

interface PhotosFieldProps {
  draft: ExerciseDraft;
  problems: ExerciseProblems;
  change: (update: (draft: ExerciseDraft) => ExerciseDraft) => void;
}

/**
 * Photos by link: Add has the worker fetch the file, check that it is an image and compute its
 * sha256 (the imeta `x`), so the preview is the stored file and the link travels with its hash.
 */
export function PhotosField({ draft, problems, change }: PhotosFieldProps) {
  const id = useId();
  const checkPhoto = useLibraryStore((s) => s.checkPhoto);
  const [url, setUrl] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string>();

  const add = async () => {
    const link = url.trim();
    if (!link) return;
    if (!isWebAddress(link)) return setError(badPhotoAddress(link));
    if (draft.photos.some((photo) => photo.url === link)) return setError('This photo is already added.');
    setChecking(true);
    setError(undefined);
    const checked = await checkPhoto(link);
    setChecking(false);
    if (!checked.ok) return setError(checked.message);
    change((d) => ({ ...d, photos: [...d.photos, checked.ref] }));
    setUrl('');
  };

  return (
    <section className="exercise-editor__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="exercise-editor__heading">
        Photos
      </h2>
      {draft.photos.length > 0 && (
        <ul className="photo-list" aria-label="Photos">
          {draft.photos.map((photo, i) => (
            <li key={photo.url} className="photo-list__item">
              <ExercisePhoto media={photo} />
              <button
                type="button"
                className="photo-list__remove"
                aria-label={`Remove photo ${i + 1}`}
                onClick={() => change((d) => ({ ...d, photos: d.photos.filter((p) => p.url !== photo.url) }))}
              >
                <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
                </svg>
              </button>
              <FormError message={problems[`photo:${i}`]} />
            </li>
          ))}
        </ul>
      )}
      <form
        className="photo-add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-url`}>
            Photo link
          </label>
          <input
            id={`${id}-url`}
            inputMode="url"
            value={url}
            placeholder="https://…/photo.jpg"
            onChange={(event) => {
              setUrl(event.target.value);
              setError(undefined);
            }}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={checking || !url.trim()}>
          {checking ? 'Checking…' : 'Add photo'}
        </button>
      </form>
      <FormError message={error} />
      <p className="field__hint">
        A JPEG, PNG, WebP, GIF or AVIF image up to 10 MB. Plates downloads it once to check it and keeps it for offline use.
      </p>
    </section>
  );
}
