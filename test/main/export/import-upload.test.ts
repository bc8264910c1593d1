import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import { startAppServer, type AppServer } from '../../../src/main/server/app-server';
import { IMPORT_CONTENT_TYPE, IMPORT_UPLOAD_PATH } from '../../../src/shared/import-upload';
import { MAX_IMPORT_BYTES } from '../../../src/shared/domain';
import type { ExportedFile } from '../../../src/shared/export';
import type { Workshop } from '../../../src/shared/domain';
import { dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { answeredAlignmentDay } from './alignment-day-fill';
import { differingFields, normaliseWorkshopFile } from './workshop-file-compare';

// Browser mode's upload path for workshop files, over real HTTP on loopback.

const TOKEN = 'upload-token-0123456789abcdef0123456789abcdef';
let core: Core;
let server: AppServer;
let backend: ReturnType<typeof createBackend>;

interface Reply {
  status: number;
  body: { ok: boolean; value?: Workshop; error?: { code: string; message: string } };
}

/** POST a body to the upload path; `size` declares a length without sending it all. */
function upload(body: Buffer | string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: IMPORT_UPLOAD_PATH,
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, cookie: `cg_token=${TOKEN}`, origin: server.url, 'content-type': IMPORT_CONTENT_TYPE, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'] }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function exportJson(workshopId: string): Promise<string> {
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8');
}

let dayFile: string;

beforeAll(async () => {
  const clock = manualClock('2026-12-03T08:00:00.000Z');
  core = testCore(tempDir(), clock.now);
  backend = createBackend(core);
  server = await startAppServer({ backend, rendererDir: tempDir(), token: TOKEN, port: 0 });
  dayFile = await exportJson(answeredAlignmentDay(core, 100, clock));
}, 120_000);

afterAll(async () => {
  await server.close();
  core.close();
});

describe('POST /api/import (browser mode)', () => {
  it('imports a 100-person day (over the 1 MiB socket cap) and it exports back with no differing field', async () => {
    const bytes = Buffer.byteLength(dayFile);
    console.log(`[upload] 100-person alignment day: ${bytes.toLocaleString('en-US')} bytes`);
    expect(bytes).toBeGreaterThan(1024 * 1024);
    const reply = await upload(Buffer.from(`\uFEFF${dayFile}`, 'utf8'));
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    const again = await exportJson(reply.body.value!.id);
    expect(differingFields(normaliseWorkshopFile(dayFile), normaliseWorkshopFile(again))).toEqual([]);
  }, 60_000);

  it('refuses invalid UTF-8 with a clear error instead of importing U+FFFD', async () => {
    const before = dumpRows(core);
    const broken = Buffer.concat([Buffer.from(dayFile.slice(0, 200), 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(dayFile.slice(200), 'utf8')]);
    const reply = await upload(broken);
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.error?.message).toMatch(/not valid UTF-8/);
    expect(dumpRows(core)).toBe(before);
  });

  it('answers 413 with a JSON error over the limit, declared or streamed', async () => {
    const declared = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: IMPORT_UPLOAD_PATH,
          method: 'POST',
          headers: {
            host: `127.0.0.1:${server.port}`,
            cookie: `cg_token=${TOKEN}`,
            origin: server.url,
            'content-type': IMPORT_CONTENT_TYPE,
            'content-length': String(MAX_IMPORT_BYTES + 1),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] }));
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(declared.status).toBe(413);
    expect(declared.body.error?.message).toMatch(/too large .*over 64 MB/);
    const streamed = await upload(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20), { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
  }, 60_000);

  it('passes the core’s refusal through as the operation’s result and changes nothing', async () => {
    const before = dumpRows(core);
    const reply = await upload(dayFile.replace('"format": "common-ground.workshop"', '"format": "other"'));
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.error?.code).toBe('VALIDATION');
    expect(reply.body.error?.message).toMatch(/not a Common Ground workshop export/);
    expect(dumpRows(core)).toBe(before);
  });

  it('takes uploads only from the app’s own page with its own content type', async () => {
    const before = dumpRows(core);
    const otherPage = await upload(dayFile, { origin: 'http://127.0.0.1:9' });
    expect(otherPage.status).toBe(403);
    const asForm = await upload(dayFile, { 'content-type': 'text/plain' });
    expect(asForm.status).toBe(415);
    const asJson = await upload(dayFile, { 'content-type': 'application/json' });
    expect(asJson.status).toBe(415);
    expect(dumpRows(core)).toBe(before);
  });
});
