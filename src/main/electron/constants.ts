// Names and policies of the Electron shell, as plain data. No Electron import:
// the pure modules and their tests share these.

export const APP_SCHEME = 'app';
export const APP_HOST = 'common-ground';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** IPC channels between the preload and the main process (defined in src/shared/api/bridge.ts). */
export { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/bridge';

/** The only permissions a page may have (web-contents permission names). Clipboard: write only, for "Copy as image". */
export const ALLOWED_PERMISSIONS: readonly string[] = ['fullscreen', 'clipboard-sanitized-write'];

/**
 * Sent with every response of the app:// scheme. Scripts only from the app
 * itself (no inline, no eval); inline styles are allowed for React's style
 * props; no plugins, frames, forms or <base> rewrites.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
