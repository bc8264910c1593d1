import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { refuse } from './reply';

/**
 * Reading what a client sent without ever throwing: anyone on the network can send a
 * request target, header or cookie that `new URL` or `decodeURIComponent` refuses, and an
 * exception escaping a server event handler ends the whole process.
 */

/** The request target as a URL relative to this server's origin, or null when it is not one. */
export function parseTarget(target: string | undefined, origin: string): URL | null {
  try {
    return new URL(target ?? '/', origin);
  } catch {
    return null;
  }
}

/** decodeURIComponent, or null for text that is not valid percent-encoded UTF-8. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** One cookie's decoded value; undefined when absent or not valid percent-encoding. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return safeDecode(part.slice(eq + 1).trim()) ?? undefined;
  }
  return undefined;
}

/** Logs each distinct failure once (a flood of the same bad request must not flood the log). */
function onceLogger(label: string) {
  const seen = new Set<string>();
  return (what: string, error: unknown) => {
    const key = `${what}: ${error instanceof Error ? `${error.name} ${error.message}` : String(error)}`;
    if (seen.has(key) || seen.size >= 100) return;
    seen.add(key);
    console.error(`[${label}] ${key} (answered 400; further identical failures are not logged)`);
  };
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Attach request and upgrade handlers behind a last-resort guard: whatever they throw
 * (synchronously or later) is logged once and answered with 400, or the socket is
 * destroyed, instead of ending the process. Malformed HTTP (`clientError`) and socket
 * errors on upgrades (Node removes its own listener before 'upgrade') are handled too.
 */
export function guardServer(server: Server, label: string, onRequest: RequestHandler, onUpgrade: UpgradeHandler): void {
  const log = onceLogger(label);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const fail = (error: unknown) => {
      log(`request ${req.method ?? '?'}`, error);
      if (res.headersSent) res.destroy();
      else {
        res.statusCode = 400;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.setHeader('Connection', 'close');
        res.end('Bad request.');
      }
    };
    try {
      void Promise.resolve(onRequest(req, res)).catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy()); // a client that went away is not news
    try {
      onUpgrade(req, socket, head);
    } catch (error) {
      log('upgrade', error);
      refuseUpgrade(socket, 400, 'Bad Request');
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const [status, text] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
    const body = 'This is not a well-formed HTTP request.';
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
  });
}

/**
 * Answer an upgrade request with a bodiless status and close the socket for good once the
 * answer is flushed (as ws's own abortHandshake does). The HTTP server no longer watches a
 * socket it handed to 'upgrade': only ending it would leave it open for as long as the
 * client likes, e.g. with bytes it sent after the request still unread.
 */
export function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  if (!socket.writable) return void socket.destroy();
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export type BytesResult = { kind: 'bytes'; body: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };
export type BodyResult = { kind: 'body'; text: string } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * The request body as it streams in, up to max bytes. Over that (declared or counted), it
 * stops collecting and drops the rest, so the caller can still answer 413 (see tooLarge)
 * instead of the client seeing a reset connection.
 */
export function readBytes(req: IncomingMessage, max: number): Promise<BytesResult> {
  return new Promise((resolve) => {
    const overLimit = () => {
      req.removeListener('data', onData);
      req.resume(); // read and drop whatever is still coming
      resolve({ kind: 'too-large' });
    };
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) overLimit();
      else chunks.push(chunk);
    };
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('aborted', () => resolve({ kind: 'aborted' }));
    if (Number(req.headers['content-length'] ?? 0) > max) return overLimit();
    req.on('data', onData);
    req.on('end', () => resolve({ kind: 'bytes', body: Buffer.concat(chunks, size) }));
  });
}

/** The request body as UTF-8 text, up to max bytes (see readBytes). */
export async function readBody(req: IncomingMessage, max: number): Promise<BodyResult> {
  const read = await readBytes(req, max);
  return read.kind === 'bytes' ? { kind: 'body', text: read.body.toString('utf8') } : read;
}

/** Answer 413 in the API's error shape and close the connection once it is sent. */
export function tooLarge(res: ServerResponse, max: number): void {
  res.setHeader('Connection', 'close');
  const mb = Math.round(max / (1024 * 1024));
  refuse(res, 413, 'VALIDATION', `The request is too large: the limit is ${mb} MB.`);
}
