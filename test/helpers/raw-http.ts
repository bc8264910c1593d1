import { connect } from 'node:net';

export interface RawReply {
  /** Everything the server wrote, as latin1 text ('' when it closed without a word). */
  text: string;
  /** The status code of the first response line, or 0 when there was none. */
  status: number;
  /** The socket error seen, if any (ECONNRESET, EPIPE...). */
  error?: string;
}

/**
 * Write raw bytes to 127.0.0.1:port over a plain TCP socket and collect what comes back
 * until the server closes. `halfClose` (default) sends FIN after the bytes, so a server
 * waiting for more of a truncated request sees the end instead of waiting forever.
 */
export function rawExchange(port: number, bytes: string | Buffer, opts: { halfClose?: boolean; host?: string } = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const socket = connect({ host: opts.host ?? '127.0.0.1', port }, () => {
      socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
      if (opts.halfClose ?? true) socket.end();
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // A socket the server accepted as a WebSocket stays open: we have what we need.
      if (Buffer.concat(chunks).toString('latin1').startsWith('HTTP/1.1 101')) socket.destroy();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve(error === undefined ? { text, status } : { text, status, error });
    });
  });
}

/** A WebSocket upgrade request, as raw text. */
export function upgradeRequest(target: string, headers: Record<string, string>): string {
  const all = {
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    ...headers,
  };
  return `GET ${target} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
}

/** The JSON body of a raw response (after the blank line), or undefined. */
export function rawJson(reply: RawReply): unknown {
  const body = reply.text.slice(reply.text.indexOf('\r\n\r\n') + 4);
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
