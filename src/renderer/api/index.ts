import { interfaceLocale } from '../i18n/interface-language';
import type { ApiClient } from '../../shared/api/contract';
import { createIpcClient } from './ipc-client';
import { createWsClient, type ConnectionState } from './ws-client';

/**
 * Electron gives us the preload bridge; browser mode talks WebSocket. Each call carries the
 * interface language, so the core's messages (validation, refusals, failures) come back in it.
 */
export function createApiClient(onState?: (s: ConnectionState) => void): ApiClient {
  if (typeof window !== 'undefined' && window.commonGround) return createIpcClient(window.commonGround, interfaceLocale);
  return createWsClient(undefined, { onState, locale: interfaceLocale });
}
export type { ConnectionState };
