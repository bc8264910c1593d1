// npm run bench:votes -- --participants N [--with-screens]
// Real participant server on loopback (opened as room:open does), a real database
// file, N real WebSocket phones each joining and sending 10 votes at a human pace;
// then a baseline: a bare ws server doing one synchronous=FULL insert per message.
// --with-screens: the facilitator's console and the presenter view are open in
// headless Chromium (the built app) and the projector's count is timed (screens.ts).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import WebSocket, { WebSocketServer } from 'ws';
import { openCore } from '../../src/main/core';
import { createBackend } from '../../src/main/backend';
import { createRoomController } from '../../src/main/server/room';
import { startAppServer } from '../../src/main/server/app-server';
import { PARTICIPANT_SOCKET_PATH } from '../../src/shared/participant-protocol';
import { genericWorkshop } from '../helpers/generic-workshop';
import { clock, instrumentCore, percentile, spanTable } from './core-spans';
import { openScreens, presenterLatencies, rendererBuild } from './screens';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = flag('--participants', 300);
const VOTES = 10;
/** People drag a card about once a second: each phone's votes are spread over this window. */
const PACE_MS = flag('--pace-ms', 800);
const WITH_SCREENS = args.includes('--with-screens');

const p99 = (xs: number[]) => percentile(xs, 0.99);
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
  const opened = openCore({ dataDir: dir, mode: 'browser', version: 'bench' });
  const timed = instrumentCore(opened);
  const core = timed.core;
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

  // The room as the app opens it (room:open), on loopback; every phone is on 127.0.0.1 here.
  const room = createRoomController({
    core,
    pageDir: dir,
    listHosts: () => [{ address: '127.0.0.1', interface: 'lo', label: 'loopback (bench)' }],
    serverOptions: { maxConnections: N + 10, maxPerAddress: N + 10 },
  });
  const backend = createBackend(core, () => room);
  const token = 'bench-token';
  const app = await startAppServer({ backend, rendererDir: WITH_SCREENS ? rendererBuild().dir : dir, token, port: 0 });
  const roomOpen = await backend.invoke('room:open', { workshopId, host: '127.0.0.1' });
  if (!roomOpen.ok) throw new Error(roomOpen.error.message);
  const info = roomOpen.value as { origin: string; joinUrl: string };
  const roomToken = info.joinUrl.slice(info.joinUrl.lastIndexOf('/') + 1);
  const screens = WITH_SCREENS ? await openScreens(app.url, token, workshopId) : null;
  // A bare facilitator socket too, to time the results pushes themselves.
  const facilitator = new WebSocket(`ws://127.0.0.1:${app.port}/api/ws`, { headers: { origin: app.url, cookie: `cg_token=${token}` } });
  await new Promise((r) => facilitator.once('open', r));
  const updates: number[] = [];
  facilitator.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; event?: string };
    if (m.type === 'event' && m.event === 'responses:changed') updates.push(clock());
  });

  timed.spans.clear();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const t0 = clock();
  const { acks } = await runPhones({
    url: `${info.origin.replace('http:', 'ws:')}${PARTICIPANT_SOCKET_PATH}?room=${roomToken}`,
    origin: info.origin,
    phones: phones.map((p) => p.id),
    mode: 'real',
    activityId: sort.id,
  });
  const windowMs = clock() - t0;
  loop.disable();
  await sleep(WITH_SCREENS ? 1500 : 300);
  timed.stop();
  const seen = screens ? await screens.presenterSeen() : [];
  const acked = new Map(acks.map(([key, , at]) => [key, at]));
  const ackTimes = acks.map(([, sent, at]) => at - sent);
  // From each vote's commit to the first "responses changed" push the facilitator's socket receives after it.
  const pushes = timed.voteCommittedAt.map((t) => (updates.find((u) => u >= t) ?? Infinity) - t);
  const shown = screens ? presenterLatencies(timed.firstVotes, seen) : [];
  const stored = new Set(
    (
      new Database(opened.dbPath, { readonly: true }).prepare('SELECT participant_id, item_key FROM responses WHERE activity_id = ?').all(sort.id) as {
        participant_id: string;
        item_key: string;
      }[]
    ).map((r) => `${r.participant_id}:${Number(r.item_key.slice(3))}`),
  );
  const ackedMissing = [...acked.keys()].filter((k) => !stored.has(k)).length;
  const neverAcked = N * VOTES - acked.size;
  facilitator.close();
  await screens?.close();
  await room.close();
  await app.close();
  opened.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    lost: ackedMissing + neverAcked,
    ack: { p50: percentile(ackTimes, 0.5), p99: p99(ackTimes) },
    ackTimes,
    commitPerVote: timed.commitPerVote,
    pushP99: p99(pushes),
    updates: updates.length,
    presenter: { p50: percentile(shown, 0.5), p99: p99(shown), samples: shown.length, changes: seen.length },
    spans: spanTable(timed.spans, windowMs),
    loopDelay: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
  };
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
  const { acks } = await runPhones({
    url: `ws://127.0.0.1:${port}`,
    origin: 'http://127.0.0.1',
    phones: Array.from({ length: N }, (_, i) => String(i)),
    mode: 'baseline',
  });
  const times = acks.map(([, sent, at]) => at - sent);
  wss.close();
  http.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { p50: percentile(times, 0.5), p99: p99(times) };
}

if (WITH_SCREENS) console.error(`screens: serving the build of ${rendererBuild().builtAt.toISOString()} from out/renderer`);
const real = await realServer();
const base = await baseline();
const ms = (x: number) => x.toFixed(1);
const pq = (xs: number[]) => `p50=${ms(percentile(xs, 0.5))} p99=${ms(p99(xs))}`;
console.log(`presenter: participants=${N} updates=${real.updates} p99_update_ms=${ms(real.pushP99)}`);
console.log(`ack: ${pq(real.ackTimes)}, of which the vote's group commit ${pq(real.commitPerVote)}`);
console.log(`event loop delay: p50=${ms(real.loopDelay.p50)} p99=${ms(real.loopDelay.p99)} max=${ms(real.loopDelay.max)} ms`);
console.log('main thread spans while phones voted:');
for (const line of real.spans.slice(0, 12)) console.log(line);
if (WITH_SCREENS) {
  console.log(
    `screens: presenter commit_to_dom p50=${ms(real.presenter.p50)} p99=${ms(real.presenter.p99)} samples=${real.presenter.samples} count_changes=${real.presenter.changes}`,
  );
}
console.log(`ack: p50=${ms(real.ack.p50)} p99=${ms(real.ack.p99)} baseline p50=${ms(base.p50)} p99=${ms(base.p99)}`);
console.log(
  `votes: participants=${N} lost=${real.lost} p99_ack_ms=${ms(real.ack.p99)} baseline_p99_ms=${ms(base.p99)} ratio=${(real.ack.p99 / base.p99).toFixed(2)}` +
    (WITH_SCREENS ? ` presenter_p99_ms=${ms(real.presenter.p99)}` : ''),
);
process.exit(0);
