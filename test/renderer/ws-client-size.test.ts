import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createBackend } from '../../src/main/backend';
import type { Core } from '../../src/main/core';
import { handleApiSocket } from '../../src/main/server/api-socket';
import { createWsClient } from '../../src/renderer/api/ws-client';
import { MAX_API_MESSAGE } from '../../src/shared/api/wire';
import { testCore } from '../helpers/core';

// The browser-mode client against the real API socket handler (same
// 1 MiB cap as the app server), with Node's own WebSocket as the browser's.

let core: Core;
let wss: WebSocketServer;
let url: string;
const closes: number[] = [];

beforeAll(async () => {
  core = testCore();
  const backend = createBackend(core);
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: MAX_API_MESSAGE });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (ws) => {
    ws.on('close', (code) => closes.push(code));
    handleApiSocket(ws, backend);
  });
  url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/api/ws`;
});

afterAll(async () => {
  for (const c of wss.clients) c.terminate();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  core.close();
});

describe('ws-client and the socket cap', () => {
  it('refuses a message over the cap at once with a clear error, and the socket stays up for the next call', async () => {
    const client = createWsClient(url, { timeoutMs: 5_000 });
    try {
      expect((await client.invoke('workshop:list', {})).ok).toBe(true);
      const big = await client.invoke('workshop:import', { json: `{"pad":"${'x'.repeat(MAX_API_MESSAGE)}"}` });
      expect(big.ok).toBe(false);
      if (!big.ok) {
        expect(big.error.code).toBe('VALIDATION');
        expect(big.error.message).toMatch(/too large to send \(1\.0 MB; the limit is 1 MB\)\. Nothing was saved\./);
      }
      const after = await client.invoke('workshop:create', { title: 'Still connected' });
      expect(after.ok).toBe(true);
      expect(closes).toEqual([]);
    } finally {
      client.close();
    }
  });

  it('counts bytes, not characters: 400,000 three-byte characters are over the cap', async () => {
    const client = createWsClient(url, { timeoutMs: 5_000 });
    try {
      const r = await client.invoke('workshop:create', { title: 'x', goal: '€'.repeat(400_000) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
      expect(r.ok || r.error.message.includes('too large to send')).toBe(true);
      expect(closes).toEqual([]);
    } finally {
      client.close();
    }
  });
});
