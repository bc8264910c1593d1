import WebSocket from 'ws';
import type { ParticipantServerMessage } from '../../src/shared/participant-protocol';

/** A simulated phone: a real WebSocket client speaking the participant protocol. */
export class Phone {
  readonly messages: ParticipantServerMessage[] = [];
  private waiters: { match: (m: ParticipantServerMessage) => boolean; resolve: (m: ParticipantServerMessage) => void }[] = [];
  closeCode: number | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as ParticipantServerMessage;
      this.messages.push(msg);
      this.waiters = this.waiters.filter((w) => (w.match(msg) ? (w.resolve(msg), false) : true));
    });
    ws.on('close', (code) => (this.closeCode = code));
  }

  static connect(origin: string, roomToken: string, headers: Record<string, string> = {}): Promise<Phone> {
    const url = new URL(origin);
    const ws = new WebSocket(`ws://127.0.0.1:${url.port}/p/ws?room=${roomToken}`, {
      headers: { origin, host: url.host, ...headers },
    });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new Phone(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(msg: unknown): void {
    this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  next<T extends ParticipantServerMessage['t']>(t: T, match: (m: Extract<ParticipantServerMessage, { t: T }>) => boolean = () => true, timeoutMs = 3000) {
    const seen = this.messages.find((m) => m.t === t && match(m as Extract<ParticipantServerMessage, { t: T }>));
    if (seen) {
      this.messages.splice(this.messages.indexOf(seen), 1);
      return Promise.resolve(seen as Extract<ParticipantServerMessage, { t: T }>);
    }
    return new Promise<Extract<ParticipantServerMessage, { t: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${t} within ${timeoutMs} ms; got ${JSON.stringify(this.messages.slice(-3))}`)), timeoutMs);
      this.waiters.push({
        match: (m) => m.t === t && match(m as Extract<ParticipantServerMessage, { t: T }>),
        resolve: (m) => {
          clearTimeout(timer);
          this.messages.splice(this.messages.indexOf(m), 1);
          resolve(m as Extract<ParticipantServerMessage, { t: T }>);
        },
      });
    });
  }

  closed(): Promise<number> {
    if (this.closeCode !== null) return Promise.resolve(this.closeCode);
    return new Promise((resolve) => this.ws.once('close', (code) => resolve(code)));
  }
}
