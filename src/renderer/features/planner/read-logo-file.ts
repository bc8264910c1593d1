import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { MAX_LOGO_BYTES } from '../../../shared/branding';
import { formatFileSize } from './words';

/**
 * A logo picked from disk, as base64 for workshop:setLogo. Too large or empty
 * is said here at once (nothing is sent); whether it is a whole, safe PNG or
 * SVG is the core's to check. Messages in the interface language.
 */
export function readLogoFile(i18n: I18n, file: File): Promise<{ base64: string } | { error: string }> {
  if (file.size === 0) return Promise.resolve({ error: i18n._(msg`That file is empty. Choose the logo as a .png or .svg file.`) });
  if (file.size > MAX_LOGO_BYTES) return Promise.resolve({ error: tooLarge(i18n, file.size) });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => {
      const reason = reader.error?.message ?? i18n._(msg`unknown reason`);
      resolve({ error: i18n._(msg`That file could not be read (${reason}). Choose it again.`) });
    };
    reader.readAsDataURL(file);
  });
}

/** Why a file is too large, with its size (in bytes when "512 KB" would hide the difference). */
function tooLarge(i18n: I18n, bytes: number): string {
  const limit = formatFileSize(i18n, MAX_LOGO_BYTES);
  const rounded = formatFileSize(i18n, bytes);
  if (rounded !== limit) {
    return i18n._(
      msg`That logo is ${rounded}: the limit is ${limit}. Save a smaller PNG or SVG (a logo needs no more than about 1,000 pixels across) and choose it again.`,
    );
  }
  const size = i18n.number(bytes);
  const max = i18n.number(MAX_LOGO_BYTES);
  return i18n._(
    msg`That logo is ${size} bytes: the limit is ${limit} (${max} bytes). Save a smaller PNG or SVG (a logo needs no more than about 1,000 pixels across) and choose it again.`,
  );
}
