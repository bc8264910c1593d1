import { logoTooLarge, MAX_LOGO_BYTES } from '../../../shared/branding';

/**
 * A logo picked from disk, as base64 for workshop:setLogo. Too large or empty
 * is said here at once (nothing is sent); whether it is a whole, safe PNG or
 * SVG is the core's to check.
 */
export function readLogoFile(file: File): Promise<{ base64: string } | { error: string }> {
  if (file.size === 0) return Promise.resolve({ error: 'That file is empty. Choose the logo as a .png or .svg file.' });
  if (file.size > MAX_LOGO_BYTES) return Promise.resolve({ error: logoTooLarge(file.size) });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => resolve({ error: `That file could not be read (${reader.error?.message ?? 'unknown reason'}). Choose it again.` });
    reader.readAsDataURL(file);
  });
}
