// The dataset's photos: where they live upstream, and the few copied next to the dataset.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jpegDimensions } from './jpeg.mjs';

const UPSTREAM = 'https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/';

/** The upstream address of a dataset image path like "Barbell_Squat/0.jpg". */
export function imageUrl(imagePath) {
  return UPSTREAM + imagePath;
}

/**
 * Every dataset image that also exists under `<datasetDir>/images/`, keyed by image path,
 * with what the pack needs to bundle it: hash, size, pixel size and its path in the app.
 */
export function findBundledPhotos(datasetDir, exercises) {
  const photos = new Map();
  for (const exercise of exercises) {
    for (const imagePath of exercise.images) {
      const file = join(datasetDir, 'images', imagePath);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      const { width, height } = jpegDimensions(bytes);
      photos.set(imagePath, {
        url: imageUrl(imagePath),
        file,
        packPath: `/starter-pack/media/${imagePath}`,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        dim: `${width}x${height}`,
      });
    }
  }
  return photos;
}

/** The pack header's media list, in a stable order. */
export function mediaEntries(photos) {
  return [...photos.values()].map((p) => ({ url: p.url, path: p.packPath, sha256: p.sha256, mime: 'image/jpeg', size: p.size }));
}

/** Replaces `<publicDir>/starter-pack/media` with exactly the bundled photos. */
export function copyPhotos(photos, publicDir) {
  rmSync(join(publicDir, 'starter-pack', 'media'), { recursive: true, force: true });
  for (const photo of photos.values()) {
    const target = join(publicDir, photo.packPath);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(photo.file, target);
  }
}
