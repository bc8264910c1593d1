import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readCookie } from './safe-request';

export const TOKEN_COOKIE = 'cg_token';

/** 32 random bytes (256 bits), URL-safe. New at every start. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token may come as ?token=, as the cookie the page got after its first load, or as a bearer header. */
export function presentedToken(req: IncomingMessage, url: URL): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7);
  return url.searchParams.get('token') ?? readCookie(req, TOKEN_COOKIE);
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Hosts this server answers to: guards against DNS rebinding. */
export function allowedHosts(host: string, port: number): Set<string> {
  const hosts = new Set([`${host}:${port}`]);
  if (host === '127.0.0.1' || host === '::1' || host === '[::1]') hosts.add(`localhost:${port}`);
  if (host === '::1') hosts.add(`[::1]:${port}`);
  return hosts;
}
