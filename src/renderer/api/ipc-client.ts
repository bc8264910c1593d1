import type { ApiClient } from '../../shared/api/contract';
import type { BRIDGE_GLOBAL, PreloadBridge } from '../../shared/api/bridge';

export type { PreloadBridge };

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: PreloadBridge;
  }
}

/** `locale`: the language the core should answer in, asked at each call (the interface language). */
export function createIpcClient(bridge: PreloadBridge, locale?: () => string): ApiClient {
  return {
    invoke: (op, input) => bridge.invoke(op, input, locale?.()) as never,
    on: (event, listener) => bridge.on(event, listener as (p: unknown) => void),
  };
}
