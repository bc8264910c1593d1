import type { Result } from './result';

// Messages on the facilitator's WebSocket (browser mode). Electron IPC carries
// the same op/input/Result through ipcRenderer.invoke instead.

/** `locale`: the facilitator's interface language, the one the result's messages are written in (English when absent or unknown). */
export type ClientMessage = { type: 'invoke'; id: number; op: string; input: unknown; locale?: string };

export type ServerMessage = { type: 'result'; id: number; result: Result<unknown> } | { type: 'event'; event: string; payload: unknown };

/** The HTTP header with which browser mode's POSTs (an operation, a file upload) name the interface language their answer is in. */
export const LOCALE_HEADER = 'x-cg-locale';

/** The path of the facilitator API socket on the loopback server. */
export const API_SOCKET_PATH = '/api/ws';

/** The largest message the socket carries, in bytes (a bigger one closes it with 1009); the client checks before it sends. */
export const MAX_API_MESSAGE = 1024 * 1024;
