// npm run bench:phone-load [-- --runs 5] [--only slow4g|badwifi]
// Cold loads of the phone page in real Chromium at 390×844, a phone-class CPU (6× throttling)
// on two networks emulated through the DevTools protocol, against the real app (browser mode)
// with a room open on loopback. For each network: bytes on the wire and the median over the runs
// (a new context each, cache disabled) of the time from navigation start to a tappable name list,
// next to the transfer floor, and the time to first visible text (first contentful paint).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, SCREEN } from '../helpers/browser';
import { startServe, type ServeProcess } from '../helpers/serve-process';
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
/**
 * Round trips before the name list can show, each paying the emulated latency once: the page,
 * its JS and CSS (requested together), the WebSocket upgrade, and hello → welcome.
 * (Chromium's emulation adds the latency per request, not per TCP handshake.)
 */
const ROUND_TRIPS = 4;

const NETWORKS = [
  { key: 'slow4g', label: 'Slow 4G (1.6 Mbps down, 750 Kbps up, 150 ms)', downBps: 1_600_000, upBps: 750_000, latencyMs: 150 },
  { key: 'badwifi', label: 'bad Wi-Fi (0.4 Mbps, 400 ms)', downBps: 400_000, upBps: 400_000, latencyMs: 400 },
] as const;
type Network = (typeof NETWORKS)[number];

interface Load {
  tappableMs: number;
  firstTextMs: number;
  /** When the last script or style needed for the list had arrived: the rest of the wait is the CPU and the socket. */
  assetsInMs: number;
  /** Bytes received (headers and bodies, HTTP and WebSocket) until the name list was tappable. */
  bytes: number;
  /** Every byte received during the load, including what was fetched after the list showed. */
  totalBytes: number;
}

// Runs in the page before its own scripts (through the DevTools protocol, so the page's CSP stays on).
const PROBE = `(() => {
  const probe = (window.__probe = { tappable: 0, fcp: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  let seen = false;
  const check = () => {
    if (seen) return;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(${JSON.stringify(NAME)}) && !b.disabled);
    if (!button) return;
    seen = true;
    requestAnimationFrame(() => (probe.tappable = performance.now()));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

async function op<T>(serve: ServeProcess, name: string, input: unknown): Promise<T> {
  const res = await fetch(`${serve.origin}/api/op/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value as T;
}

async function coldLoad(browser: Browser, url: string, net: Network): Promise<Load> {
  const context = await browser.newContext({ viewport: SCREEN.phone, isMobile: true, hasTouch: true });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
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
    let socketBytes = 0;
    let inFlight = 0;
    const trouble: string[] = [];
    cdp.on('Network.requestWillBeSent', () => inFlight++);
    cdp.on('Network.responseReceived', (e) => {
      const coding = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
      codings.set(coding, (codings.get(coding) ?? 0) + 1);
    });
    cdp.on('Network.loadingFinished', (e) => (inFlight--, (httpBytes += e.encodedDataLength)));
    cdp.on('Network.loadingFailed', (e) => (inFlight--, trouble.push(`failed: ${e.errorText}`)));
    cdp.on('Network.webSocketFrameReceived', (e) => (socketBytes += Buffer.byteLength(e.response.payloadData) + 4));
    page.on('pageerror', (error) => trouble.push(String(error)));
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => (window as unknown as { __probe: { tappable: number } }).__probe.tappable > 0, undefined, { timeout: 120_000, polling: 50 });
    } catch (error) {
      const text = await page.locator('body').innerText().catch(() => '?');
      throw new Error(`No tappable name list after 120 s on ${net.label}. Screen: ${JSON.stringify(text.slice(0, 300))}; ${trouble.join('; ')}`, { cause: error });
    }
    const socketBefore = socketBytes;
    // HTTP bytes by the page's own clock: the document and what had fully arrived when the list became tappable.
    const probe = await page.evaluate(() => {
      const p = (window as unknown as { __probe: { tappable: number; fcp: number } }).__probe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const before = res.filter((r) => r.responseEnd <= p.tappable);
      return { ...p, httpBefore: nav.transferSize + before.reduce((s, r) => s + r.transferSize, 0), assetsIn: Math.max(0, ...before.map((r) => r.responseEnd)) };
    });
    // Let what the page fetches after the list shows (the activities' code) arrive, for the total.
    for (let quiet = 0, waited = 0; quiet < 4 && waited < 60_000; waited += 250) {
      await page.waitForTimeout(250);
      quiet = inFlight > 0 ? 0 : quiet + 1;
    }
    return { tappableMs: probe.tappable, firstTextMs: probe.fcp, assetsInMs: probe.assetsIn, bytes: probe.httpBefore + socketBefore, totalBytes: httpBytes + socketBytes };
  } finally {
    await context.close();
  }
}

/** Responses by content coding, over every load. */
const codings = new Map<string, number>();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const floorMs = (bytes: number, net: Network) => ((bytes * 8) / net.downBps) * 1000 + ROUND_TRIPS * net.latencyMs;

const dir = mkdtempSync(join(tmpdir(), 'cg-bench-phone-'));
const serve = await startServe(dir, ['--lan-host', '127.0.0.1']);
const browser = await launchBrowser();
try {
  const workshop = await genericWorkshopVia((name, input) => op(serve, name, input));
  const room = await op<{ joinUrl: string }>(serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' });
  console.log(`phone page cold loads: ${RUNS} per network, 390×844, CPU throttled ${CPU_THROTTLE}×, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const results: Record<string, { ms: number; floor: number; bytes: number; firstText: number }> = {};
  for (const net of NETWORKS.filter((n) => !ONLY || n.key === ONLY)) {
    await coldLoad(browser, room.joinUrl, net); // warm the server and Chromium's own start-up; not counted
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, room.joinUrl, net));
    const bytes = median(loads.map((l) => l.bytes));
    const ms = median(loads.map((l) => l.tappableMs));
    const floor = floorMs(bytes, net);
    const firstText = median(loads.map((l) => l.firstTextMs));
    results[net.key] = { ms, floor, bytes, firstText };
    console.log(
      `${net.label}: name list tappable median ${ms.toFixed(0)} ms (runs ${loads.map((l) => l.tappableMs.toFixed(0)).join(', ')}); ` +
        `first text ${firstText.toFixed(0)} ms; scripts and styles in by ${median(loads.map((l) => l.assetsInMs)).toFixed(0)} ms; ${bytes} bytes before it, ${median(loads.map((l) => l.totalBytes))} in all; ` +
        `floor ${floor.toFixed(0)} ms (bytes ÷ bandwidth + ${ROUND_TRIPS} round trips × ${net.latencyMs} ms); ${(ms / floor).toFixed(2)}× the floor`,
    );
  }
  console.log(`responses by content coding: ${[...codings].map(([c, n]) => `${c} ${n}`).join(', ')}${BROTLI ? '' : ' (gzip asked for, as phones on http://<LAN address> do; --brotli for brotli)'}`);
  const none = { ms: NaN, floor: NaN, bytes: NaN, firstText: NaN };
  const s = results.slow4g ?? none;
  const b = results.badwifi ?? none;
  console.log(`targets: within 1.3× of the floor (${(s.ms / s.floor).toFixed(2)}×, ${(b.ms / b.floor).toFixed(2)}×), under 2000 ms on Slow 4G (${s.ms.toFixed(0)} ms)`);
  console.log(
    `phone-load: bytes=${s.bytes} slow4g_ms=${s.ms.toFixed(0)} slow4g_floor_ms=${s.floor.toFixed(0)} badwifi_ms=${b.ms.toFixed(0)} badwifi_floor_ms=${b.floor.toFixed(0)} first_text_ms=${s.firstText.toFixed(0)}`,
  );
} finally {
  await browser.close();
  await serve.stop();
  rmSync(dir, { recursive: true, force: true });
}
