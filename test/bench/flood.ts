// npm run bench:flood -- [--names 1000] [--idle 2000] [--join-within-ms 5000] [--phase-ms 6000]
// A real core (SQLite file), the room controller's participant server and the facilitator's
// app server on loopback. The facilitator's console invokes workshop:get in a loop (and, like
// the real console, room:status on every room:changed); we print its round-trip p50/p99
// with no flood, during an idle-socket flood and during a self-add flood, all in one run.
// The attackers run in a worker thread (other devices), spread over loopback addresses
// (all of 127.0.0.0/8 reaches the server), against the room's default caps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import { openCore } from '../../src/main/core';
import { createBackend } from '../../src/main/backend';
import { createRoomController } from '../../src/main/server/room';
import { startAppServer } from '../../src/main/server/app-server';
import { genericWorkshop } from '../helpers/generic-workshop';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const NAMES = flag('--names', 1000);
const IDLE = flag('--idle', 2000);
const JOIN_WITHIN_MS = flag('--join-within-ms', 5000);
const PHASE_MS = flag('--phase-ms', 6000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * p) - 1)]! : NaN;
};
const fmt = (xs: number[]) => `p50=${pct(xs, 0.5).toFixed(1)} ms p99=${pct(xs, 0.99).toFixed(1)} ms (n=${xs.length})`;

const dir = mkdtempSync(join(tmpdir(), 'cg-bench-flood-'));
const core = openCore({ dataDir: dir, mode: 'browser', version: 'bench' });
const workshopId = genericWorkshop(core).id;
for (let i = 0; i < NAMES; i += 200) {
  const people = Array.from({ length: Math.min(200, NAMES - i) }, (_, k) => ({ name: `Person ${i + k + 1}`, team: (i + k) % 2 ? 'marketing' : 'sales' }));
  const r = core.dispatch('participant:addMany', { workshopId, people });
  if (!r.ok) throw new Error(r.error.message);
}
const detail = core.dispatch('workshop:get', { id: workshopId });
if (!detail.ok) throw new Error('no workshop');
const people = (detail.value as { participants: { id: string }[] }).participants;
core.dispatch('run:start', { workshopId });

const backend = createBackend(core, () => room);
const room = createRoomController({
  core,
  pageDir: dir,
  listHosts: () => [{ address: '127.0.0.1', interface: 'lo', label: 'loopback' }],
  onChange: () => backend.emit('room:changed', {}),
  serverOptions: { joinWithinMs: JOIN_WITHIN_MS },
});
const app = await startAppServer({ backend, rendererDir: dir, token: 'bench-token', port: 0 });
const info = await room.open({ workshopId });
const roomToken = new URL(info.joinUrl).pathname.slice(3);
const phoneUrl = `ws://127.0.0.1:${info.port}/p/ws?room=${roomToken}`;
const phoneHeaders = { origin: info.origin, host: new URL(info.origin).host };

// ----- the facilitator's console -----
const console_ = new WebSocket(`ws://127.0.0.1:${app.port}/api/ws`, { headers: { origin: app.url, cookie: 'cg_token=bench-token' } });
await new Promise((r) => console_.once('open', r));
let nextId = 1;
const waiting = new Map<number, () => void>();
let roomStatusCalls = 0;
const invoke = (op: string, input: unknown) =>
  new Promise<void>((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    console_.send(JSON.stringify({ type: 'invoke', id, op, input }));
  });
console_.on('message', (data) => {
  const m = JSON.parse(String(data)) as { type: string; id?: number; event?: string };
  if (m.type === 'result' && m.id !== undefined) {
    waiting.get(m.id)?.();
    waiting.delete(m.id);
  }
  if (m.type === 'event' && m.event === 'room:changed') {
    roomStatusCalls++;
    void invoke('room:status', {});
  }
});
async function roundTrips(ms: number, during: Promise<unknown> = Promise.resolve()) {
  const times: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const t = performance.now();
    await invoke('workshop:get', { id: workshopId });
    times.push(performance.now() - t);
    await sleep(20);
  }
  await during;
  return times;
}

// ----- real phones -----
function realPhoneJoins(participantId: string) {
  return new Promise<string>((resolve) => {
    const ws = new WebSocket(phoneUrl, { headers: phoneHeaders });
    ws.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    ws.once('error', () => resolve('error'));
    ws.once('open', () => ws.send(JSON.stringify({ t: 'join', participantId })));
    ws.on('message', (data) => {
      if ((JSON.parse(String(data)) as { t: string }).t === 'joined') {
        resolve('joined');
        ws.close();
      }
    });
  });
}
async function realPhonesDuring(ms: number, first: number) {
  const outcomes: Record<string, number> = {};
  for (let i = 0; i * 500 < ms; i++) {
    const r = await realPhoneJoins(people[first + i]!.id);
    outcomes[r] = (outcomes[r] ?? 0) + 1;
    await sleep(500);
  }
  return outcomes;
}

const worker = new Worker(new URL('./flood-worker.mjs', import.meta.url), { workerData: { url: phoneUrl, ...phoneHeaders } });
const ask = <T>(msg: object) =>
  new Promise<T>((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(msg);
  });

await roundTrips(1000); // warm up
const reference = await roundTrips(PHASE_MS);
console.log(`reference (no flood): facilitator workshop:get ${fmt(reference)}`);

// (a) idle sockets: 20 per address (the default cap) from 100 loopback addresses.
const addresses = Array.from({ length: Math.ceil(IDLE / 20) }, (_, i) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`);
const statusBefore = roomStatusCalls;
const idleOpened = ask<{ opened: number; refused: Record<string, number> }>({ cmd: 'idle', count: IDLE, addresses });
const phonesA = realPhonesDuring(PHASE_MS + JOIN_WITHIN_MS, 0);
const idleRtt = await roundTrips(PHASE_MS + JOIN_WITHIN_MS, idleOpened);
const opened = await idleOpened;
const realA = await phonesA;
await sleep(500);
const idleReport = await ask<{ stillOpen: number; closes: Record<string, number> }>({ cmd: 'report' });
console.log(
  `(a) idle flood: ${IDLE} sockets from ${addresses.length} addresses, ${opened.opened} let in, refused ${JSON.stringify(opened.refused)}; ` +
    `closed by the server for picking no name within ${JOIN_WITHIN_MS} ms: ${idleReport.closes['4001'] ?? 0}, still open ${idleReport.stillOpen}`,
);
console.log(`(a) real phones joining one every 0.5 s during it: ${JSON.stringify(realA)}; console room:status refreshes: ${roomStatusCalls - statusBefore}`);
console.log(`(a) idle flood: facilitator workshop:get ${fmt(idleRtt)}`);
await ask({ cmd: 'closeIdle' });
await sleep(500);

// (b) self-add flood: 10 sockets adding names as fast as answered, a new address for each name;
// two real phones sit on the name list and count what they receive.
const readers = await Promise.all(
  [0, 1].map(
    () =>
      new Promise<{ bytes: number; lists: number }>((resolve) => {
        const ws = new WebSocket(phoneUrl, { headers: phoneHeaders });
        const seen = { bytes: 0, lists: 0 };
        let greeted = false;
        ws.once('open', () => ws.send('{"t":"hello"}'));
        ws.on('message', (data) => {
          const text = String(data);
          if (!text.startsWith('{"t":"welcome"')) return;
          if (!greeted) return ((greeted = true), resolve(seen)); // the first list is the hello's answer
          seen.lists++;
          seen.bytes += Buffer.byteLength(text);
        });
      }),
  ),
);
const flood = ask<{ added: number; tries: number; refusals: Record<string, number> }>({
  cmd: 'selfadd',
  sockets: 10,
  durationMs: PHASE_MS,
  addressBase: '127.0.9',
});
const addRtt = await roundTrips(PHASE_MS, flood);
const added = await flood;
await sleep(1500); // the trailing list
console.log(`(b) self-add flood: 10 sockets, ${added.tries} tries in ${PHASE_MS} ms, ${added.added} names added; refused: ${JSON.stringify(added.refusals)}`);
console.log(
  `(b) a phone on the name list received ${readers[0]!.lists} lists, ${(readers[0]!.bytes / 1024).toFixed(0)} KiB (roster of ${NAMES + 10 + added.added} names); the other ${readers[1]!.lists} lists`,
);
console.log(`(b) self-add flood: facilitator workshop:get ${fmt(addRtt)}`);

console_.close();
await room.close();
await app.close();
await worker.terminate();
core.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
