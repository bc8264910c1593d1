import type { ApiClient } from '../../shared/api/contract';

/** What the preload puts on window: invoke and on, for allow-listed names only. */
export interface PreloadBridge {
  invoke(op: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    commonGround?: PreloadBridge;
  }
}

export function createIpcClient(bridge: PreloadBridge): ApiClient {
  return {
    invoke: (op, input) => bridge.invoke(op, input) as never,
    on: (event, listener) => bridge.on(event, listener as (p: unknown) => void),
  };
}
