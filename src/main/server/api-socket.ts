import type { WebSocket } from 'ws';
import type { Core } from '../core/types';
import type { ClientMessage, ServerMessage } from '../../shared/api/wire';

export const MAX_API_MESSAGE = 1024 * 1024;

/** One facilitator window: invoke operations, receive change events. */
export function handleApiSocket(ws: WebSocket, core: Core): void {
  const sendMsg = (msg: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const unsubscribe = core.subscribe((event, payload) => sendMsg({ type: 'event', event, payload }));
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe);
  ws.on('message', (data, isBinary) => {
    const msg = isBinary ? null : parse(String(data));
    if (!msg) {
      sendMsg({ type: 'result', id: -1, result: { ok: false, error: { code: 'VALIDATION', message: 'Messages must be JSON: { type: "invoke", id, op, input }.' } } });
      return;
    }
    sendMsg({ type: 'result', id: msg.id, result: core.dispatch(msg.op, msg.input) });
  });
}

function parse(text: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (m.type !== 'invoke' || typeof m.id !== 'number' || !Number.isSafeInteger(m.id) || typeof m.op !== 'string') return null;
  return { type: 'invoke', id: m.id, op: m.op, input: m.input };
}
