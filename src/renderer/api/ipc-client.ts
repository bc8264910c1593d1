import type { ApiClient } from '../../shared/api/contract';
import type { BRIDGE_GLOBAL, PreloadBridge } from '../../shared/api/bridge';

export type { PreloadBridge };

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: PreloadBridge;
  }
}

export function createIpcClient(bridge: PreloadBridge): ApiClient {
  return {
    invoke: (op, input) => bridge.invoke(op, input) as never,
    on: (event, listener) => bridge.on(event, listener as (p: unknown) => void),
  };
}
