// npm run bench:votes -- --participants N
// Real participant server on loopback, a real database file, N real WebSocket
// phones each joining and sending 10 votes at a human pace; then a baseline:
// a bare ws server doing one synchronous=FULL insert per message.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import WebSocket, { WebSocketServer } from 'ws';
import { openCore } from '../../src/main/core';
import { createBackend } from '../../src/main/backend';
import { startParticipantServer } from '../../src/main/server/participant-server';
import { startAppServer } from '../../src/main/server/app-server';
import { genericWorkshop } from '../helpers/generic-workshop';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = flag('--participants', 300);
const VOTES = 10;
/** People drag a card about once a second: each phone's votes are spread over this window. */
const PACE_MS = flag('--pace-ms', 800);
const ROOM = 'b'.repeat(43);

const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)]! : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The phones run in a worker thread, like separate devices. */
function runPhones(data: { url: string; origin: string; phones: string[]; mode: 'real' | 'baseline'; activityId?: string }) {
  return new Promise<{ acks: [string, number, number][] }>((resolve, reject) => {
    const worker = new Worker(new URL('./phones-worker.mjs', import.meta.url), { workerData: { ...data, votes: VOTES, paceMs: PACE_MS } });
    worker.once('message', (m: { acks: [string, number, number][] }) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function realServer() {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const core = openCore({ dataDir: dir, mode: 'browser', version: 'bench' });
  const workshopId = genericWorkshop(core).id;
  for (let i = 0; i < N; i += 200) {
    const people = Array.from({ length: Math.min(200, N - i) }, (_, k) => ({ name: `Phone ${i + k + 1}`, team: (i + k) % 2 ? 'marketing' : 'sales' }));
    const r = core.dispatch('participant:addMany', { workshopId, people });
    if (!r.ok) throw new Error(r.error.message);
  }
  const detail = core.dispatch('workshop:get', { id: workshopId });
  if (!detail.ok) throw new Error('no workshop');
  const { activities, participants } = detail.value as { activities: { id: string; kind: string }[]; participants: { id: string; name: string }[] };
  const sort = activities.find((a) => a.kind === 'cardsort')!;
  core.dispatch('run:start', { workshopId });
  core.dispatch('run:goto', { workshopId, activityId: sort.id });
  const phones = participants.filter((p) => p.name.startsWith('Phone '));

  const server = await startParticipantServer({ core, workshopId, pageDir: dir, host: '127.0.0.1', roomToken: ROOM, joinCode: 'ACDEFG', maxConnections: N + 10, maxPerAddress: N + 10 }); // every phone is on 127.0.0.1 here
  // The facilitator's console, on the real loopback server, to time presenter updates.
  const backend = createBackend(core);
  const app = await startAppServer({ backend, rendererDir: dir, token: 'bench-token', port: 0 });
  const facilitator = new WebSocket(`ws://127.0.0.1:${app.port}/api/ws`, { headers: { origin: app.url, cookie: 'cg_token=bench-token' } });
  await new Promise((r) => facilitator.once('open', r));
  const updates: number[] = [];
  facilitator.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; event?: string };
    if (m.type === 'event' && m.event === 'responses:changed') updates.push(performance.now());
  });

  const { acks } = await runPhones({
    url: `ws://127.0.0.1:${server.port}/p/ws?room=${ROOM}`,
    origin: server.origin,
    phones: phones.map((p) => p.id),
    mode: 'real',
    activityId: sort.id,
  });
  await sleep(300);
  const acked = new Map(acks.map(([key, , at]) => [key, at - performance.timeOrigin]));
  const ackTimes = acks.map(([, sent, at]) => at - sent);

  // Presenter latency: from each acknowledged vote to the first results push after it.
  const presenter = [...acked.values()].map((t) => (updates.find((u) => u >= t - 0.001) ?? Infinity) - t);
  const stored = new Set(
    (new Database(core.dbPath, { readonly: true }).prepare('SELECT participant_id, item_key FROM responses WHERE activity_id = ?').all(sort.id) as { participant_id: string; item_key: string }[]).map(
      (r) => `${r.participant_id}:${Number(r.item_key.slice(3))}`,
    ),
  );
  const ackedMissing = [...acked.keys()].filter((k) => !stored.has(k)).length;
  const neverAcked = N * VOTES - acked.size;
  facilitator.close();
  await server.close();
  await app.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
  return { lost: ackedMissing + neverAcked, p99: p99(ackTimes), presenterP99: p99(presenter), updates: updates.length };
}

async function baseline() {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-base-'));
  const db = new Database(join(dir, 'base.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE votes (id INTEGER PRIMARY KEY, phone INTEGER, seq INTEGER, value TEXT)');
  const insert = db.prepare('INSERT INTO votes (phone, seq, value) VALUES (?, ?, ?)');
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { phone: number; seq: number; value: unknown };
      insert.run(m.phone, m.seq, JSON.stringify(m.value));
      ws.send(JSON.stringify({ seq: m.seq }));
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as AddressInfo).port;
  const { acks } = await runPhones({ url: `ws://127.0.0.1:${port}`, origin: 'http://127.0.0.1', phones: Array.from({ length: N }, (_, i) => String(i)), mode: 'baseline' });
  const times = acks.map(([, sent, at]) => at - sent);
  wss.close();
  http.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { p99: p99(times) };
}

const real = await realServer();
const base = await baseline();
console.log(`presenter: participants=${N} updates=${real.updates} p99_update_ms=${real.presenterP99.toFixed(1)}`);
console.log(
  `votes: participants=${N} lost=${real.lost} p99_ack_ms=${real.p99.toFixed(1)} baseline_p99_ms=${base.p99.toFixed(1)} ratio=${(real.p99 / base.p99).toFixed(2)}`,
);
process.exit(0);
