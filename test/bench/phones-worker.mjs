// Simulated phones for bench:votes, in their own thread (as real phones are
// separate devices): connect, join, send votes at a human pace, time the acks.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { url, origin, phones, votes, paceMs, mode, activityId } = workerData;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const jitter = () => paceMs * (0.5 + Math.random());

const acks = []; // [key, sentAt, ackedAt]
const sockets = await Promise.all(
  phones.map(
    (id) =>
      new Promise((resolve, reject) => {
        const ws = new WebSocket(url, { headers: { origin } });
        const sent = new Map();
        ws.once('error', reject);
        ws.on('message', (data) => {
          const m = JSON.parse(String(data));
          if (mode === 'real' && m.t === 'joined') resolve({ id, ws, sent });
          const seq = mode === 'real' ? (m.t === 'ack' ? m.seq : null) : m.seq;
          if (seq != null && sent.has(seq)) {
            acks.push([`${id}:${seq}`, sent.get(seq), now()]);
            sent.delete(seq);
          }
        });
        ws.once('open', () => {
          if (mode === 'real') ws.send(JSON.stringify({ t: 'join', participantId: id }));
          else resolve({ id, ws, sent });
        });
      }),
  ),
);

await Promise.all(
  sockets.map(async ({ ws, sent }, phone) => {
    for (let v = 1; v <= votes; v++) {
      await sleep(jitter());
      sent.set(v, now());
      const msg =
        mode === 'real'
          ? { t: 'submit', seq: v, activityId, itemKey: `sig${v}`, value: { column: `col${1 + (v % 3)}` } }
          : { phone, seq: v, value: { column: 'col1' } };
      ws.send(JSON.stringify(msg));
    }
  }),
);
const deadline = now() + 15_000;
while (acks.length < phones.length * votes && now() < deadline) await sleep(50);
for (const { ws } of sockets) ws.close();
parentPort.postMessage({ acks });
