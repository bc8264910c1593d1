import { useId, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Locale } from '../../shared/locale';
import { NEW_NAMES } from '../new-names';
import { inLocale } from '../localized';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useFocusHandOff } from '../../ui/focus-rule';
import { SLIDE_IMAGE_MAX_CHARS, type SlideImage } from './definition';

const MAX_SIDE = 1600;

/** Why a picture could not be used; the picker says it in the planner's language. */
class PictureProblem extends Error {
  constructor(readonly problem: 'unreadable' | 'too-large') {
    super(problem);
  }
}

/** Read a picture from disk; shrink it (JPEG) when it is too big to keep in the workshop. */
async function readPicture(file: File): Promise<string> {
  const original = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new PictureProblem('unreadable'));
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
  throw new PictureProblem('too-large');
}

/** `language`: the workshop's, for the description a picture gets from a file name that says nothing. */
export function ImagePicker({
  image,
  onChange,
  language,
}: {
  image: SlideImage | null | undefined;
  onChange(image: SlideImage | null): void;
  language?: Locale | undefined;
}) {
  const { t } = useLingui();
  const problemWords = (err: unknown) =>
    err instanceof PictureProblem && err.problem === 'too-large'
      ? t`That picture is too large even after shrinking it. Try a smaller one.`
      : err instanceof PictureProblem
        ? t`Could not read that file.`
        : t`Could not use that picture.`;
  const inputId = useId();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The focus rule (#15): the file field stays focusable while it reads (aria-disabled); the
  // picture's description field takes over from it, and Remove hands back to the file field.
  const fileField = useRef<HTMLInputElement>(null);
  const description = useRef<HTMLInputElement>(null);
  const handFocusTo = useFocusHandOff();
  return (
    <div className="slide-image-picker">
      {image ? (
        <>
          <img className="slide-image-preview" src={image.dataUrl} alt="" />
          <TextField
            ref={description}
            label={t`What the picture shows`}
            hint={t`Read aloud to people who cannot see it.`}
            value={image.alt}
            maxLength={200}
            onChange={(e) => onChange({ ...image, alt: e.target.value })}
          />
          <Button
            size="sm"
            variant="ghost"
            icon="trash"
            onClick={() => {
              handFocusTo(fileField);
              onChange(null);
            }}
          >
            <Trans>Remove picture</Trans>
          </Button>
        </>
      ) : (
        <>
          <label htmlFor={inputId} className="field-label">
            <Trans>Picture (optional)</Trans>
          </label>
          <input
            id={inputId}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            ref={fileField}
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
            onClick={(e) => {
              if (busy) e.preventDefault(); // still reading the last one
            }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setBusy(true);
              setError('');
              readPicture(file)
                .then((dataUrl) => {
                  handFocusTo(description);
                  onChange({ dataUrl, alt: file.name.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ') || inLocale(NEW_NAMES, language).picture });
                })
                .catch((err: unknown) => setError(problemWords(err)))
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
