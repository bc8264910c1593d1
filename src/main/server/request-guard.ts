import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuse } from './reply';

/**
 * Cross-site request forgery guard for state-changing requests (anything but GET/HEAD).
 *
 * The token cookie is SameSite=Strict, but a page on another loopback port
 * (http://127.0.0.1:<other>) is the same *site*, so its browser still sends the cookie.
 * What such a page cannot do: send our exact Origin, make the browser say
 * `Sec-Fetch-Site: same-origin`, or send `Content-Type: application/json` (or any
 * non-form type) without a CORS preflight, which this server never grants.
 */
export interface StateChangeRules {
  /** This server's own origins, exactly as a browser sends them (`http://127.0.0.1:4310`). */
  origins: ReadonlySet<string>;
  /** Media types the route accepts, lower case, without parameters (e.g. 'application/json'). */
  contentTypes: readonly string[];
}

export interface Refusal {
  status: 403 | 415;
  code: 'UNAUTHORIZED' | 'VALIDATION';
  message: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Why this request must be refused, or null when it may change state. */
export function stateChangeRefusal(req: IncomingMessage, rules: StateChangeRules): Refusal | null {
  if (SAFE_METHODS.has(req.method ?? '')) return null;
  if (!fromOwnPage(req, rules.origins)) {
    return {
      status: 403,
      code: 'UNAUTHORIZED',
      message: 'This request did not come from Common Ground’s own page, so nothing was changed. Use the app from its own link.',
    };
  }
  const type = mediaType(req.headers['content-type']);
  if (!rules.contentTypes.includes(type)) {
    return {
      status: 415,
      code: 'VALIDATION',
      message: `This address only accepts ${rules.contentTypes.join(' or ')} (got ${type || 'no content type'}), so nothing was changed.`,
    };
  }
  return null;
}

/** Answer the refusal (JSON, in the API's error shape) and return true; or return false when the request may go on. */
export function refuseStateChange(req: IncomingMessage, res: ServerResponse, rules: StateChangeRules): boolean {
  const refusal = stateChangeRefusal(req, rules);
  if (!refusal) return false;
  refuse(res, refusal.status, refusal.code, refusal.message);
  return true;
}

function fromOwnPage(req: IncomingMessage, origins: ReadonlySet<string>): boolean {
  // A bearer token is sent only by scripts that were given the token: browsers never attach
  // one by themselves (unlike Basic credentials), and no page can add an Authorization header
  // to a cross-origin request without a preflight. presentedToken then ignores the cookie,
  // so the header alone authorised this request.
  if (req.headers.authorization?.startsWith('Bearer ')) return true;
  const origin = req.headers.origin;
  if (origin !== undefined) return origins.has(origin);
  return req.headers['sec-fetch-site'] === 'same-origin';
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}
