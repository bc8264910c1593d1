import { useId, useState } from 'react';
import { Button } from '../../renderer/components/Button';
import { TextField } from '../../renderer/components/TextField';
import { SLIDE_IMAGE_MAX_CHARS, type SlideImage } from './definition';

const MAX_SIDE = 1600;

/** Read a picture from disk; shrink it (JPEG) when it is too big to keep in the workshop. */
async function readPicture(file: File): Promise<string> {
  const original = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('Could not read that file.'));
    reader.readAsDataURL(file);
  });
  if (original.length <= SLIDE_IMAGE_MAX_CHARS) return original;
  const img = new Image();
  img.src = original;
  await img.decode();
  for (const [side, quality] of [
    [MAX_SIDE, 0.85],
    [1200, 0.8],
    [900, 0.75],
  ] as const) {
    const scale = Math.min(1, side / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    const smaller = canvas.toDataURL('image/jpeg', quality);
    if (smaller.length <= SLIDE_IMAGE_MAX_CHARS) return smaller;
  }
  throw new Error('That picture is too large even after shrinking it. Try a smaller one.');
}

export function ImagePicker({ image, onChange }: { image: SlideImage | null | undefined; onChange(image: SlideImage | null): void }) {
  const inputId = useId();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <div className="slide-image-picker">
      {image ? (
        <>
          <img className="slide-image-preview" src={image.dataUrl} alt="" />
          <TextField
            label="What the picture shows"
            hint="Read aloud to people who cannot see it."
            value={image.alt}
            maxLength={200}
            onChange={(e) => onChange({ ...image, alt: e.target.value })}
          />
          <Button size="sm" variant="ghost" icon="trash" onClick={() => onChange(null)}>
            Remove picture
          </Button>
        </>
      ) : (
        <>
          <label htmlFor={inputId} className="field-label">
            Picture (optional)
          </label>
          <input
            id={inputId}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setBusy(true);
              setError('');
              readPicture(file)
                .then((dataUrl) => onChange({ dataUrl, alt: file.name.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ') || 'Picture' }))
                .catch((err: unknown) => setError(err instanceof Error ? err.message : 'Could not use that picture.'))
                .finally(() => setBusy(false));
            }}
          />
        </>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
