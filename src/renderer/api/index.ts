import type { ApiClient } from '../../shared/api/contract';
import { createIpcClient } from './ipc-client';
import { createWsClient, type ConnectionState } from './ws-client';

/** Electron gives us the preload bridge; browser mode talks WebSocket. */
export function createApiClient(onState?: (s: ConnectionState) => void): ApiClient {
  if (typeof window !== 'undefined' && window.commonGround) return createIpcClient(window.commonGround);
  return createWsClient(undefined, { onState });
}
export type { ConnectionState };
