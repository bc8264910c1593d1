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
 * Write raw bytes to 127.0.0.1:port over a plain TCP socket and collect what comes back.
 * Once the first response is complete, or nothing has come back for `idleMs` (a truncated
 * request the server is still waiting on), the client half-closes (FIN) and waits for the
 * server to close. (Not sooner: Node's server drops a request still being worked on when
 * the client ends its side.) `ending: 'reset'` aborts the connection (RST) right after
 * writing instead.
 */
export function rawExchange(port: number, bytes: string | Buffer, opts: { ending?: 'fin' | 'reset'; idleMs?: number } = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    let idle: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(idle);
      if (!socket.destroyed && !socket.writableEnded) socket.end();
    };
    const waitIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(finish, opts.idleMs ?? 40);
    };
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
      if (opts.ending === 'reset') socket.resetAndDestroy();
      else waitIdle();
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      const text = Buffer.concat(chunks).toString('latin1');
      // A socket the server accepted as a WebSocket stays open: we have what we need.
      if (text.startsWith('HTTP/1.1 101')) socket.destroy();
      else if (firstResponseComplete(text)) finish();
      else waitIdle();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => {
      clearTimeout(idle);
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve(error === undefined ? { text, status } : { text, status, error });
    });
  });
}

function firstResponseComplete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = text.slice(0, end).toLowerCase();
  const body = text.slice(end + 4);
  if (/\r\ntransfer-encoding: *chunked/.test(head)) return /(^|\r\n)0\r\n\r\n/.test(body);
  const length = /\r\ncontent-length: *(\d+)/.exec(head);
  return length ? Buffer.byteLength(body, 'latin1') >= Number(length[1]) : true;
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
