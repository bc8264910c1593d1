import type { Result } from './result';

// Messages on the facilitator's WebSocket (browser mode). Electron IPC carries
// the same op/input/Result through ipcRenderer.invoke instead.

export type ClientMessage = { type: 'invoke'; id: number; op: string; input: unknown };

export type ServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: string; payload: unknown };

/** The path of the facilitator API socket on the loopback server. */
export const API_SOCKET_PATH = '/api/ws';
