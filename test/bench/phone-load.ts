// npm run bench:phone-load [-- --runs 5] [--only slow4g|badwifi]
// Cold loads of the phone page in real Chromium at 390×844, a phone-class CPU (6× throttling)
// on two networks emulated through the DevTools protocol, against the real app (browser mode)
// with a room open on loopback. For each network: bytes on the wire and the median over the runs
// (a new context each, cache disabled) of the time from navigation start to a tappable name list,
// next to the transfer floor, and the time to first visible text (first contentful paint).
// Also, in the same run: when the page's script had taken over the list, and what a page holding
// nothing but one button costs on the same emulated phone (Chromium's own fixed start-up).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser, SCREEN } from '../helpers/browser';
import { startPrivateServe, type PrivateServe } from './private-serve';
import { genericWorkshopVia } from '../helpers/generic-workshop';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
/**
 * Chromium (like Firefox) offers brotli only to secure origins, and loopback counts as one; phones
 * reach the room at http://<LAN address>, so they get gzip. The bench asks for what they ask for,
 * unless told `--brotli` (what Safari and a loopback page get).
 */
const BROTLI = process.argv.includes('--brotli');
const CPU_THROTTLE = 6;
const NAME = 'Dana Whitfield'; // on the generic workshop's roster
/** Marks the room server's own copy of the name list in the HTML (src/main/server/phone-page.ts); React's copy has none. */
const SERVER_MARK = 'data-cg-server';

/**
 * Round trips before the name list can show, each paying the emulated latency once (Chromium's
 * emulation adds the latency per request, not per TCP handshake), by where the list came from:
 * - in the HTML itself: the page;
 * - drawn by the script from the list the HTML carries: the page, then its JS and CSS (requested together);
 * - drawn by the script from the room's socket: those two, the WebSocket upgrade, and hello → welcome.
 */
const roundTrips = (source: 'html' | 'script' | 'socket') => ({ html: 1, script: 2, socket: 4 })[source];

const NETWORKS = [
  { key: 'slow4g', label: 'Slow 4G (1.6 Mbps down, 750 Kbps up, 150 ms)', downBps: 1_600_000, upBps: 750_000, latencyMs: 150 },
  { key: 'badwifi', label: 'bad Wi-Fi (0.4 Mbps, 400 ms)', downBps: 400_000, upBps: 400_000, latencyMs: 400 },
] as const;
type Network = (typeof NETWORKS)[number];

/** One moment of a load: when, how many bytes had arrived by then (headers and bodies, HTTP and WebSocket), and the floor for them. */
interface Moment {
  ms: number;
  bytes: number;
  roundTrips: number;
}
interface Load {
  /** A name button on screen and enabled (painted: the frame after it appeared). */
  tappable: Moment;
  /** The list drawn by the page's script (React), ready for its own taps; absent for the blank page. */
  script?: Moment;
  firstTextMs: number;
  /** When the last script or style needed for the list had arrived: the rest of the wait is the CPU and the socket. */
  assetsInMs: number;
  /** Every byte received during the load, including what was fetched after the list showed. */
  totalBytes: number;
}

// Runs in the page before its own scripts (through the DevTools protocol, so the page's CSP stays on),
// and reports through a DevTools binding: nothing is evaluated in the page while it loads (polling with
// Playwright's waitForFunction put its injected script on the throttled main thread in mid-load).
const PROBE = `(() => {
  const probe = (window.__probe = { fcp: 0 });
  // A name counts once it is on screen: the frame after it appeared, and not before the page's first
  // contentful paint (a stylesheet still on its way holds painting back while frames keep running).
  const painted = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
    if (probe.fcp) painted.splice(0).forEach((send) => send());
  }).observe({ type: 'paint', buffered: true });
  const report = (what, extra) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const send = () => window.__cgBench(JSON.stringify({ what, at: Math.max(frame, probe.fcp), ...extra }));
      if (probe.fcp) send();
      else painted.push(send);
    });
  let tappable = false, script = false, listInPage = false;
  const check = () => {
    // The list's JSON comes after the list in the HTML (and React removes it): note it whenever it is seen.
    listInPage ||= Boolean(document.getElementById('cg-first'));
    if (tappable && script) return;
    const names = [...document.querySelectorAll('button')].filter((b) => b.textContent.includes(${JSON.stringify(NAME)}) && !b.disabled);
    if (!names.length) return;
    const fromServer = (b) => Boolean(b.closest('[${SERVER_MARK}]'));
    if (!tappable) {
      tappable = true;
      report('tappable', { fromServer: fromServer(names[0]) });
    }
    if (!script && names.some((b) => !fromServer(b))) {
      script = true;
      report('script', { listInPage });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

interface Report {
  what: 'tappable' | 'script';
  at: number;
  fromServer?: boolean;
  listInPage?: boolean;
}

async function op<T>(serve: PrivateServe, name: string, input: unknown): Promise<T> {
  const res = await fetch(`${serve.origin}/api/op/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value as T;
}

/** Resolves with each report of the page's probe as it comes, or fails after `ms`. */
function reports(cdp: CDPSession) {
  const seen = new Map<string, { report: Report; socketBytes: number }>();
  const waiting = new Map<string, () => void>();
  let socketBytes = 0;
  cdp.on('Network.webSocketFrameReceived', (e) => (socketBytes += Buffer.byteLength(e.response.payloadData) + 4));
  cdp.on('Runtime.bindingCalled', (e) => {
    if (e.name !== '__cgBench') return;
    const report = JSON.parse(e.payload) as Report;
    seen.set(report.what, { report, socketBytes });
    waiting.get(report.what)?.();
  });
  return {
    wait(what: Report['what'], ms: number) {
      if (seen.has(what)) return Promise.resolve(seen.get(what)!);
      return new Promise<{ report: Report; socketBytes: number }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${what}" within ${ms / 1000} s`)), ms);
        waiting.set(what, () => (clearTimeout(timer), resolve(seen.get(what)!)));
      });
    },
    socketBytes: () => socketBytes,
  };
}

async function coldLoad(browser: Browser, url: string, net: Network, { blank = false } = {}): Promise<Load> {
  const context = await browser.newContext({ viewport: SCREEN.phone, isMobile: true, hasTouch: true });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__cgBench' });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: net.latencyMs,
      downloadThroughput: net.downBps / 8,
      uploadThroughput: net.upBps / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    if (!BROTLI) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    let httpBytes = 0;
    let inFlight = 0;
    const trouble: string[] = [];
    const probe = reports(cdp);
    cdp.on('Network.requestWillBeSent', () => inFlight++);
    cdp.on('Network.responseReceived', (e) => {
      if (blank) return;
      const coding = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
      codings.set(coding, (codings.get(coding) ?? 0) + 1);
    });
    cdp.on('Network.loadingFinished', (e) => (inFlight--, (httpBytes += e.encodedDataLength)));
    cdp.on('Network.loadingFailed', (e) => (inFlight--, trouble.push(`failed: ${e.errorText}`)));
    page.on('pageerror', (error) => trouble.push(String(error)));
    await page.goto(url, { waitUntil: 'commit' });
    const moments: { tappable?: Awaited<ReturnType<typeof probe.wait>>; script?: Awaited<ReturnType<typeof probe.wait>> } = {};
    try {
      moments.tappable = await probe.wait('tappable', 120_000);
      if (!blank) moments.script = await probe.wait('script', 120_000);
    } catch (error) {
      const text = await page
        .locator('body')
        .innerText()
        .catch(() => '?');
      throw new Error(`No tappable name list after 120 s on ${net.label}. Screen: ${JSON.stringify(text.slice(0, 300))}; ${trouble.join('; ')}`, {
        cause: error,
      });
    }
    // HTTP bytes by the page's own clock: the document and what had fully arrived by each moment.
    const at = [moments.tappable.report.at, moments.script?.report.at ?? 0];
    const timing = await page.evaluate((at) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      // (No named helpers in here: the bench's compiler would wrap them in a function the page lacks.)
      return {
        fcp: (window as unknown as { __probe: { fcp: number } }).__probe.fcp,
        httpBefore: at.map((ms) => nav.transferSize + res.filter((r) => r.responseEnd <= ms).reduce((s, r) => s + r.transferSize, 0)),
        assetsIn: Math.max(0, ...res.filter((r) => r.responseEnd <= Math.max(...at)).map((r) => r.responseEnd)),
      };
    }, at);
    // Let what the page fetches after the list shows (the activities' code) arrive, for the total.
    for (let quiet = 0, waited = 0; quiet < 4 && waited < 60_000; waited += 250) {
      await page.waitForTimeout(250);
      quiet = inFlight > 0 ? 0 : quiet + 1;
    }
    const { report } = moments.tappable;
    const listInPage = moments.script?.report.listInPage ?? false;
    const source = blank || report.fromServer ? 'html' : listInPage ? 'script' : 'socket';
    const load: Load = {
      tappable: { ms: report.at, bytes: timing.httpBefore[0]! + moments.tappable.socketBytes, roundTrips: roundTrips(source) },
      firstTextMs: timing.fcp,
      assetsInMs: timing.assetsIn,
      totalBytes: httpBytes + probe.socketBytes(),
    };
    if (moments.script) {
      const scriptRoundTrips = roundTrips(listInPage ? 'script' : 'socket');
      load.script = { ms: moments.script.report.at, bytes: timing.httpBefore[1]! + moments.script.socketBytes, roundTrips: scriptRoundTrips };
    }
    return load;
  } finally {
    await context.close();
  }
}

/** Responses by content coding, over every load of the phone page. */
const codings = new Map<string, number>();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const floorMs = (bytes: number, roundTrips: number, net: Network) => ((bytes * 8) / net.downBps) * 1000 + roundTrips * net.latencyMs;

interface Figure {
  ms: number;
  floor: number;
  bytes: number;
  roundTrips: number;
  runs: number[];
}
/** The median of one moment over the loads, next to the floor for the median bytes and the loads' round trips. */
function figure(moments: Moment[], net: Network): Figure {
  const bytes = median(moments.map((m) => m.bytes));
  const roundTrips = Math.max(...moments.map((m) => m.roundTrips));
  return { ms: median(moments.map((m) => m.ms)), floor: floorMs(bytes, roundTrips, net), bytes, roundTrips, runs: moments.map((m) => m.ms) };
}
const describe = (f: Figure, net: Network) =>
  `median ${f.ms.toFixed(0)} ms (runs ${f.runs.map((ms) => ms.toFixed(0)).join(', ')}); ${f.bytes} bytes before it; ` +
  `floor ${f.floor.toFixed(0)} ms (bytes ÷ bandwidth + ${f.roundTrips} round trip${f.roundTrips > 1 ? 's' : ''} × ${net.latencyMs} ms); ${(f.ms / f.floor).toFixed(2)}× the floor`;

/** A page holding nothing but one button with the name: what Chromium itself needs to show anything on this emulated phone. */
async function startBlankPage() {
  const html = gzipSync(
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>One button</title></head><body><button type="button">${NAME}</button></body></html>`,
  );
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip', 'Content-Length': html.length, 'Cache-Control': 'no-cache' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

const dir = mkdtempSync(join(tmpdir(), 'cg-bench-phone-'));
const serve = await startPrivateServe(dir, ['--lan-host', '127.0.0.1']);
const browser = await launchBrowser();
const blankPage = await startBlankPage();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
try {
  const workshop = await genericWorkshopVia((name, input) => op(serve, name, input));
  const room = await op<{ joinUrl: string }>(serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' });
  console.log(`phone page cold loads: ${RUNS} per network, 390×844, CPU throttled ${CPU_THROTTLE}×, load average ${load()}`);
  const results: Record<string, { list: Figure; script: Figure; blank: Figure; firstText: number }> = {};
  for (const net of NETWORKS.filter((n) => !ONLY || n.key === ONLY)) {
    await coldLoad(browser, room.joinUrl, net); // warm the server and Chromium's own start-up; not counted
    const loads: Load[] = [];
    const blanks: Load[] = [];
    // Alternating, so both see the same load on a shared machine.
    for (let i = 0; i < RUNS; i++) {
      loads.push(await coldLoad(browser, room.joinUrl, net));
      blanks.push(await coldLoad(browser, blankPage.url, net, { blank: true }));
    }
    const list = figure(
      loads.map((l) => l.tappable),
      net,
    );
    const script = figure(
      loads.map((l) => l.script!),
      net,
    );
    const blank = figure(
      blanks.map((l) => l.tappable),
      net,
    );
    const firstText = median(loads.map((l) => l.firstTextMs));
    results[net.key] = { list, script, blank, firstText };
    const sources = new Set(loads.map((l) => l.tappable.roundTrips));
    console.log(`${net.label}:`);
    console.log(`  name list tappable ${sources.has(1) ? '(from the HTML) ' : ''}${describe(list, net)}`);
    console.log(`  the script's list (React, after it took over) ${describe(script, net)}`);
    console.log(
      `  first text ${firstText.toFixed(0)} ms; scripts and styles in by ${median(loads.map((l) => l.assetsInMs)).toFixed(0)} ms; ${median(loads.map((l) => l.totalBytes))} bytes in all`,
    );
    console.log(`  a page with nothing but one button: ${describe(blank, net)}`);
  }
  console.log(
    `responses by content coding: ${[...codings].map(([c, n]) => `${c} ${n}`).join(', ')}${BROTLI ? '' : ' (gzip asked for, as phones on http://<LAN address> do; --brotli for brotli)'}`,
  );
  const none: Figure = { ms: NaN, floor: NaN, bytes: NaN, roundTrips: NaN, runs: [] };
  const s = results.slow4g ?? { list: none, script: none, blank: none, firstText: NaN };
  const b = results.badwifi ?? { list: none, script: none, blank: none, firstText: NaN };
  console.log(
    `targets: within 1.3× of the floor (${(s.list.ms / s.list.floor).toFixed(2)}×, ${(b.list.ms / b.list.floor).toFixed(2)}×), under 2000 ms on Slow 4G (${s.list.ms.toFixed(0)} ms); ` +
      `one button alone: ${(s.blank.ms / s.blank.floor).toFixed(2)}×, ${(b.blank.ms / b.blank.floor).toFixed(2)}×; load average now ${load()}`,
  );
  console.log(
    `phone-load: bytes=${s.list.bytes} round_trips=${s.list.roundTrips} slow4g_ms=${s.list.ms.toFixed(0)} slow4g_floor_ms=${s.list.floor.toFixed(0)} ` +
      `badwifi_ms=${b.list.ms.toFixed(0)} badwifi_floor_ms=${b.list.floor.toFixed(0)} slow4g_script_ms=${s.script.ms.toFixed(0)} badwifi_script_ms=${b.script.ms.toFixed(0)} ` +
      `slow4g_blank_ms=${s.blank.ms.toFixed(0)} badwifi_blank_ms=${b.blank.ms.toFixed(0)} first_text_ms=${s.firstText.toFixed(0)}`,
  );
} finally {
  blankPage.close();
  await browser.close();
  await serve.stop();
  rmSync(dir, { recursive: true, force: true });
}
