import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import { startAppServer, type AppServer } from '../../../src/main/server/app-server';
import { IMPORT_CONTENT_TYPE, IMPORT_SERIES_UPLOAD_PATH } from '../../../src/shared/import-upload';
import type { Series } from '../../../src/shared/series';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

// Browser mode's upload path for whole series files (#18), over real HTTP on loopback: a series file is
// every workshop in it, so it passes the API socket's 1 MiB cap sooner than one workshop does.

const TOKEN = 'series-upload-token-0123456789abcdef0123456789ab';
let source: Core;
let target: Core;
let server: AppServer;

interface Reply {
  status: number;
  body: { ok: boolean; value?: Series; error?: { code: string; message: string } };
}

function upload(body: Buffer | string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: IMPORT_SERIES_UPLOAD_PATH,
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

let seriesFile: string;
let workshopFile: string;

beforeAll(async () => {
  source = testCore();
  const first = call(source, 'workshop:create', { title: 'ACME joint meeting 1', date: '2027-03-03' });
  call(source, 'participant:addMany', { workshopId: first.id, people: [{ name: 'Dana Whitfield', team: 'sales' }] });
  const series = call(source, 'series:create', { title: 'ACME alignment 2027', workshopId: first.id });
  call(source, 'series:nextWorkshop', { workshopId: first.id });
  seriesFile = call(source, 'series:export', { id: series.id }).json;
  workshopFile = JSON.stringify({ format: 'common-ground.workshop', version: 1 });
  target = testCore();
  server = await startAppServer({ backend: createBackend(target), rendererDir: tempDir(), token: TOKEN, port: 0 });
});

afterAll(async () => {
  await server.close();
  source.close();
  target.close();
});

describe('POST /api/import-series (browser mode)', () => {
  it('imports a whole series: its title and every workshop, in timeline order', async () => {
    const reply = await upload(seriesFile);
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(reply.body.value?.title).toBe('ACME alignment 2027');
    expect(reply.body.value?.workshops.map((w) => w.title)).toEqual(['ACME joint meeting 1', 'ACME joint meeting 2']);
    expect(call(target, 'series:list', {}).map((s) => s.title)).toEqual(['ACME alignment 2027']);
  });

  it('refuses a workshop file with the core’s words and changes nothing', async () => {
    const before = dumpRows(target);
    const reply = await upload(workshopFile);
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.error?.message).toMatch(/^That file is one workshop, not a series: import it as a workshop./);
    expect(dumpRows(target)).toBe(before);
  });

  it('refuses broken UTF-8 naming a series, and uploads from another page or as a form', async () => {
    const before = dumpRows(target);
    const broken = await upload(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(broken.body.error?.message).toMatch(/not a Common Ground series export/);
    expect((await upload(seriesFile, { origin: 'http://127.0.0.1:9' })).status).toBe(403);
    expect((await upload(seriesFile, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(dumpRows(target)).toBe(before);
  });
});
