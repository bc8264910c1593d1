// The object the preload exposes as window.commonGround, built from an
// injected ipcRenderer so tests can run it without Electron. It passes on
// only allow-listed names and never hands out ipcRenderer or its events.
import { EVENT_CHANNEL, INVOKE_CHANNEL, type PreloadBridge } from '../shared/api/bridge';
import { isEventName, isOpName } from '../shared/api/names';
import type { Result } from '../shared/api/result';

export { EVENT_CHANNEL, INVOKE_CHANNEL };

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

const unknownOp = (op: unknown): Result<never> => ({
  ok: false,
  error: { code: 'NOT_FOUND', message: `There is no operation called "${String(op).slice(0, 64)}".` },
});

export function createBridge(ipc: IpcRendererLike): PreloadBridge {
  return Object.freeze({
    invoke(op: string, input: unknown, locale?: string): Promise<unknown> {
      if (!isOpName(op)) return Promise.resolve(unknownOp(op));
      return typeof locale === 'string' ? ipc.invoke(INVOKE_CHANNEL, op, input, locale) : ipc.invoke(INVOKE_CHANNEL, op, input);
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (!isEventName(event) || typeof listener !== 'function') return () => {};
      const wrapper: Listener = (_ipcEvent, name, payload) => {
        if (name === event) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, wrapper);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(EVENT_CHANNEL, wrapper);
      };
    },
  });
}
