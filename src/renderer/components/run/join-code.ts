// Pure helpers for showing a room's join details. No React, no store: the
// phone bundle may use them too.

const THIN_SPACE = '\u2009';

/** "ACDEFG" → "ACD EFG" (groups of three with a thin space), easy to read off a wall. */
export function groupJoinCode(code: string): string {
  const clean = code.replace(/\s+/g, '').toUpperCase();
  return (clean.match(/.{1,3}/g) ?? []).join(THIN_SPACE);
}

/** "A C D E F G": what a screen reader should say, one character at a time. */
export function spellJoinCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase().split('').join(' ');
}

/** "http://192.168.1.20:5123" → "192.168.1.20:5123": what people type into a phone's address bar. */
export function typedAddress(origin: string): string {
  return origin.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The QR code's SVG as an image source (CSP allows data: images, not inline markup with scripts). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
