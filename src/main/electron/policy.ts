// Pure allow-checks for URLs, origins and permissions. Every security
// handler in the shell asks one of these; none imports Electron.
import { ALLOWED_PERMISSIONS, APP_ORIGIN } from './constants';

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The origin of a URL, as compared by the shell. For non-special schemes
 * WHATWG's URL.origin is the string "null", so the origin is built from the
 * protocol and host instead. Returns null for anything unparsable or without
 * a host.
 */
export function originOf(url: unknown): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.host === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * The dev server origin (electron-vite sets ELECTRON_RENDERER_URL) is trusted
 * only when it is plain http on the loopback interface. Anything else is
 * ignored and only the app:// origin stays trusted.
 */
export function devServerOrigin(rendererUrl: string | undefined): string | null {
  const parsed = parse(rendererUrl);
  if (!parsed || parsed.protocol !== 'http:') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return originOf(rendererUrl);
}

/** The origins whose pages may call the API: app:// and, in development, the dev server. */
export function trustedOrigins(devRendererUrl?: string): readonly string[] {
  const dev = devServerOrigin(devRendererUrl);
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** Is this URL served from one of the trusted origins? */
export function isTrustedUrl(url: unknown, origins: readonly string[] = [APP_ORIGIN]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** May the window navigate to this URL? Only within the trusted origins. */
export function isAllowedNavigation(url: unknown, origins: readonly string[] = [APP_ORIGIN]): boolean {
  return isTrustedUrl(url, origins);
}

/**
 * A link the system browser may open: parsed, https only, with a host and no
 * credentials. Returns the normalised URL or null.
 */
export function externalHttpsUrl(url: unknown): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** Is this permission on the allow-list, asked for by a trusted page? */
export function isPermissionAllowed(permission: string, requestingUrl: unknown, origins: readonly string[] = [APP_ORIGIN]): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isTrustedUrl(requestingUrl, origins);
}
