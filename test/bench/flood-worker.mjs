// The attackers for bench:flood, in their own thread (as other devices would be):
// - idle: open many sockets that never pick a name, spread over loopback addresses;
// - selfadd: sockets adding made-up names as fast as the server answers, each from a
//   new loopback address (the strongest attacker the room's Wi-Fi could hold).
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { url, origin, host } = workerData;

function open(localAddress) {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: { origin, host }, localAddress });
    ws.once('open', () => resolve({ ws, status: 101 }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ ws: null, status: res.statusCode ?? 0 });
      res.resume();
    });
    ws.once('error', () => resolve({ ws: null, status: 0 }));
  });
}

const idle = [];
const idleCloses = new Map();

async function idleFlood({ count, addresses }) {
  const refused = {};
  const results = await Promise.all(Array.from({ length: count }, (_, i) => open(addresses[i % addresses.length])));
  for (const { ws, status } of results) {
    if (!ws) {
      refused[status] = (refused[status] ?? 0) + 1;
      continue;
    }
    idle.push(ws);
    ws.on('error', () => undefined);
    ws.once('close', (code) => idleCloses.set(code, (idleCloses.get(code) ?? 0) + 1));
  }
  return { opened: idle.length, refused };
}

async function selfAddFlood({ sockets, durationMs, addressBase }) {
  const until = performance.now() + durationMs;
  let added = 0;
  let n = 0;
  const refusals = {};
  await Promise.all(
    Array.from({ length: sockets }, async (_, s) => {
      while (performance.now() < until) {
        const i = n++;
        const { ws, status } = await open(`${addressBase}.${1 + (i % 250)}`);
        if (!ws) {
          refusals[`HTTP ${status}`] = (refusals[`HTTP ${status}`] ?? 0) + 1;
          continue;
        }
        const reply = await new Promise((resolve) => {
          ws.on('message', (data) => {
            const m = JSON.parse(String(data));
            if (m.t === 'joined' || m.t === 'error') resolve(m);
          });
          ws.once('close', () => resolve({ t: 'error', message: 'closed' }));
          ws.send(JSON.stringify({ t: 'joinNew', name: `Spam ${s}-${i}`, team: 'sales' }));
        });
        if (reply.t === 'joined') added++;
        else refusals[reply.message] = (refusals[reply.message] ?? 0) + 1;
        ws.close();
      }
    }),
  );
  return { added, tries: n, refusals };
}

parentPort.on('message', async (msg) => {
  if (msg.cmd === 'idle') parentPort.postMessage(await idleFlood(msg));
  if (msg.cmd === 'selfadd') parentPort.postMessage(await selfAddFlood(msg));
  if (msg.cmd === 'report')
    parentPort.postMessage({ stillOpen: idle.filter((ws) => ws.readyState === WebSocket.OPEN).length, closes: Object.fromEntries(idleCloses) });
  if (msg.cmd === 'closeIdle') {
    for (const ws of idle) ws.terminate();
    idle.length = 0;
    parentPort.postMessage({ ok: true });
  }
});
