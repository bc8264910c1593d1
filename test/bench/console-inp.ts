// `npm run bench:console`: how fast the facilitator's console answers with 60 people's
// answers in. Starts the real app in browser mode, builds the worst-case day (60 people,
// answers in every interactive kind, every result revealed), opens the console at
// 1280×720 and the presenter in a second page, and clicks next, previous, lock, unlock,
// reveal, hide and renames a brainstorm group through the UI, each at least 5 times.
// Per action: INP from the Event Timing API (the worst interaction's duration, grouped by
// interactionId; "16" means at most 16 ms, the API's floor) and "settle" (from the input
// event to the first frame that shows the change, which includes the server round trip).
// The same clicks on the same day with no answers run first as the reference. Then the
// console left alone: main-thread ms per second (the clock ticks 4 times a second).
// BENCH_CPU_THROTTLE=4 slows the console's CPU 4x; BENCH_PROFILE=1 prints a CPU profile.
// Last line: `console: people=60 answers=A inp_max_ms=X inp_p50_ms=Y`.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServe, type ServeProcess } from '../helpers/serve-process';
// @ts-expect-error: a plain .mjs script without types
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { buildDay } from '../visual/layout-day';

const WALK = ['brainstorm', 'dotvote', 'cardsort', 'ranking', 'leadsort', 'persona', 'buyingmap', 'kpisort'];
const RENAMES = Number(process.env.BENCH_RENAMES ?? 6);
/** BENCH_CPU_THROTTLE=4: the console on a laptop four times slower (DevTools CPU throttling). */
const THROTTLE = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
type Cond = { selector: string; text: string };
type Sample = { inp: number; settle: number };

declare global {
  interface Window {
    __cgEvents: { id: number; start: number; duration: number }[];
    __cgSettle?: Promise<number>;
  }
}

function opVia(serve: ServeProcess, counter: { answers: number }) {
  return async (name: string, input: unknown = {}) => {
    const res = await fetch(`${serve.origin}/api/op/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${serve.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
    if (name === 'response:submit') counter.answers++;
    return body.value as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

/** Every interaction the page sees that took 16 ms or more, collected from the first frame on. */
function observeEvents() {
  window.__cgEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      if (e.interactionId) window.__cgEvents.push({ id: e.interactionId, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Arms the page: the next pointerdown/keydown starts a clock that stops at the first frame where `cond` holds. */
async function arm(page: Page, cond: Cond) {
  await page.evaluate((c) => {
    window.__cgSettle = new Promise<number>((resolve) => {
      let t0: number | null = null;
      const start = (e: Event) => (t0 ??= e.timeStamp);
      addEventListener('pointerdown', start, { capture: true, once: true });
      addEventListener('keydown', start, { capture: true, once: true });
      const check = (ts: number) => {
        const shown = [...document.querySelectorAll(c.selector)].some(
          (el) => (el.textContent ?? '').includes(c.text) || (el as HTMLInputElement).value === c.text,
        );
        if (t0 !== null && shown) resolve(ts - t0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, cond);
}

/** One measured action: arm, act, wait for the change and the presenter, then read the interaction's duration. */
async function measure(page: Page, presenter: Page, act: () => Promise<void>, cond: Cond, shownOnProjector?: Cond): Promise<Sample> {
  const t0 = await page.evaluate(() => performance.now());
  await arm(page, cond);
  await act();
  const settle = await page.evaluate(() => window.__cgSettle!);
  if (shownOnProjector)
    await presenter.waitForFunction((c) => [...document.querySelectorAll(c.selector)].some((el) => (el.textContent ?? '').includes(c.text)), shownOnProjector, {
      timeout: 30_000,
    });
  // Event timing entries arrive after the paint that ends the interaction; give the page a quiet moment.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 250)))));
  const events = await page.evaluate((since) => window.__cgEvents.filter((e) => e.start >= since), t0);
  const byId = new Map<number, number>();
  for (const e of events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  return { inp: Math.max(16, ...byId.values()), settle };
}

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: s[Math.floor((s.length - 1) / 2)] ?? 0, max: s.at(-1) ?? 0, n: s.length };
};

async function runConsole(browser: Browser, serve: ServeProcess, withAnswers: boolean, label: string) {
  const counter = { answers: 0 };
  const op = opVia(serve, counter);
  const { workshopId, screens } = await buildDay(op);
  const detail = await op('workshop:get', { id: workshopId });
  const act = (kind: string) => detail.activities.find((a: { kind: string }) => a.kind === kind)!;
  if (withAnswers) {
    // Three cards a person (the day's own brainstorm cards are longer than a card may be).
    const people = detail.participants as { id: string }[];
    const cards = people.flatMap((p, i) => [0, 1, 2].map((k) => ({ p, k, i })));
    for (let at = 0; at < cards.length; at += 16)
      await Promise.all(
        cards.slice(at, at + 16).map(({ p, k, i }) =>
          op('response:submit', {
            activityId: act('brainstorm').id,
            participantId: p.id,
            itemKey: `card-bench${i}x${k}`,
            value: {
              text: `Idea ${i + 1}.${k + 1}: leads wait a week in the shared queue because nobody knows who owns them, and the buyer books a demo elsewhere.`,
            },
          }),
        ),
      );
  }
  for (const s of screens) {
    if (withAnswers && s.name.endsWith('/answering')) await s.apply();
    if (s.name === 'brainstorm/answering+themes') await s.apply();
  }
  for (const kind of WALK) await op('run:set', { activityId: act(kind).id, revealed: true });
  await op('run:goto', { workshopId, activityId: act(WALK[0]!).id });

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript('globalThis.__name = (f) => f;'); // tsx's keepNames helper, used inside evaluated functions
  await ctx.addInitScript(observeEvents);
  const page = await ctx.newPage();
  await page.goto(serve.link);
  if (THROTTLE > 1) await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const presenterCtx = await browser.newContext({ viewport: { width: 1280, height: 720 }, storageState: await ctx.storageState() });
  const presenter = await presenterCtx.newPage();
  await presenter.goto(`${serve.origin}/#/present/${workshopId}`);
  await page.goto(`${serve.origin}/#/run/${workshopId}`);
  await page
    .locator('#stage-title')
    .filter({ hasText: act(WALK[0]!).title })
    .waitFor({ timeout: 60_000 });
  await page.locator('.stage-results').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const profiler = process.env.BENCH_PROFILE && withAnswers ? await startProfile(page) : null;

  const samples: Record<string, Sample[]> = { next: [], previous: [], lock: [], unlock: [], hide: [], reveal: [], board: [] };
  const title = (kind: string): Cond => ({ selector: '#stage-title', text: act(kind).title });
  const flag = (text: string): Cond => ({ selector: '.stage-flags .flag', text });
  // CSS and text, not getByRole: the accessible-name search is slow on a big page and would weigh on the figures.
  const click = (name: string) => () =>
    page
      .locator('.console-stage button')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
  const toggles = async () => {
    samples.lock!.push(await measure(page, presenter, click('Lock answers'), flag('Answers locked')));
    samples.unlock!.push(await measure(page, presenter, click('Unlock answers'), flag('Answers open')));
    samples.hide!.push(await measure(page, presenter, click('Hide results'), flag('Results hidden from the room')));
    samples.reveal!.push(
      await measure(page, presenter, click('Reveal results'), flag('Results on the projector'), { selector: '.present-kicker', text: 'Results' }),
    );
  };
  await toggles();
  for (const kind of WALK.slice(1)) {
    samples.next!.push(await measure(page, presenter, click('Next activity'), title(kind), { selector: '.present-title', text: act(kind).title }));
    await toggles();
  }
  for (const kind of WALK.slice(0, -1).reverse()) {
    samples.previous!.push(await measure(page, presenter, click('Previous'), title(kind), { selector: '.present-title', text: act(kind).title }));
  }
  // Board edits: rename the first brainstorm group through its name field (Enter commits).
  const nameField = page.locator('.stage-board .cgv-cluster-name').first();
  for (let i = 0; i < RENAMES; i++) {
    const name = `Renamed theme ${label} ${i + 1}`;
    await nameField.fill(name);
    samples.board!.push(await measure(page, presenter, () => nameField.press('Enter'), { selector: '.console-stage > [aria-live]', text: name }));
  }
  // The console left alone (the clock ticks, nothing else happens): main-thread time per second, on the brainstorm board and the lead sort.
  const idleBusy: number[] = [];
  for (const kind of ['brainstorm', 'leadsort']) {
    await op('run:goto', { workshopId, activityId: act(kind).id });
    await page
      .locator('#stage-title')
      .filter({ hasText: act(kind).title })
      .waitFor();
    await page.waitForTimeout(1000);
    idleBusy.push(await busyPerSecond(page, 4000));
  }
  if (profiler) await profiler.stop();
  await ctx.close();
  await presenterCtx.close();
  return { samples, answers: counter.answers, idleBusy };
}

/** Main-thread task time (Chromium's TaskDuration) per second of wall time over `ms`. */
async function busyPerSecond(page: Page, ms: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const t0 = Date.now();
  const b0 = await task();
  await page.waitForTimeout(ms);
  const busy = (await task()) - b0;
  await cdp.detach();
  return (busy * 1000) / ((Date.now() - t0) / 1000);
}

/** BENCH_PROFILE=1: a CPU profile of the console during the run with answers; prints the top self-time functions and their callers. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      const sources = new Map<string, string[]>();
      const where = async (f: { functionName: string; url: string; lineNumber: number; columnNumber: number }) => {
        if (f.url.startsWith('http') && !sources.has(f.url)) sources.set(f.url, (await (await page.request.get(f.url)).text()).split('\n'));
        const line =
          sources
            .get(f.url)
            ?.[f.lineNumber]?.slice(f.columnNumber, f.columnNumber + 70)
            .trim() ?? '';
        return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1} ${line}`;
      };
      const dt = new Map<number, number>();
      profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, { ms: number; callers: Map<string, number>; frame: (typeof profile.nodes)[number]['callFrame'] }>();
      for (const n of profile.nodes) {
        const f = n.callFrame;
        if (['(idle)', '(program)', '(root)'].includes(f.functionName)) continue;
        const key = `${f.functionName}|${f.url}|${f.lineNumber}|${f.columnNumber}`;
        const e = self.get(key) ?? { ms: 0, callers: new Map(), frame: f };
        const ms = dt.get(n.id) ?? 0;
        e.ms += ms;
        // The nearest caller from the app (skipping React's own frames), to say whose work it was.
        let up = parent.get(n.id);
        while (up !== undefined && /react-dom|^$/.test(byId.get(up)!.callFrame.url.split('/').pop() ?? '') && parent.has(up)) up = parent.get(up);
        const pf = up === undefined ? undefined : byId.get(up)!.callFrame;
        if (pf)
          e.callers.set(
            `${pf.functionName}|${pf.url}|${pf.lineNumber}|${pf.columnNumber}`,
            (e.callers.get(`${pf.functionName}|${pf.url}|${pf.lineNumber}|${pf.columnNumber}`) ?? 0) + ms,
          );
        self.set(key, e);
      }
      const top = [...self.values()].sort((a, b) => b.ms - a.ms).slice(0, 15);
      for (const e of top) {
        console.error(`profile ${Math.round(e.ms)} ms  ${await where(e.frame)}`);
        for (const [k, ms] of [...e.callers].sort((a, b) => b[1] - a[1]).slice(0, 2)) {
          const [functionName, url, line, col] = k.split('|');
          console.error(
            `          ${Math.round(ms)} ms from ${await where({ functionName: functionName!, url: url!, lineNumber: Number(line), columnNumber: Number(col) })}`,
          );
        }
      }
    },
  };
}

function report(label: string, samples: Record<string, Sample[]>) {
  const all: number[] = [];
  for (const [action, xs] of Object.entries(samples)) {
    const inp = stat(xs.map((x) => x.inp));
    const settle = stat(xs.map((x) => x.settle));
    all.push(...xs.map((x) => x.inp));
    console.log(
      `${label.padEnd(9)} ${action.padEnd(8)} n=${inp.n} inp_p50_ms=${Math.round(inp.p50)} inp_max_ms=${Math.round(inp.max)} settle_p50_ms=${Math.round(settle.p50)} settle_max_ms=${Math.round(settle.max)}`,
    );
  }
  return stat(all);
}

try {
  (buildIfNeeded as () => void)();
} catch (e) {
  console.error(`warning: ${(e as Error).message} Measuring the last successful build.`);
}
const serve = await startServe(mkdtempSync(join(tmpdir(), 'cg-bench-console-')));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
try {
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (2 cores)${THROTTLE > 1 ? `, console CPU throttled ${THROTTLE}x` : ''}`,
  );
  const reference = await runConsole(browser, serve, false, 'empty');
  const ref = report('reference', reference.samples);
  console.log(`reference idle     busy_ms_per_s brainstorm=${Math.round(reference.idleBusy[0]!)} leadsort=${Math.round(reference.idleBusy[1]!)}`);
  const full = await runConsole(browser, serve, true, 'full');
  const res = report('answers', full.samples);
  console.log(`answers   idle     busy_ms_per_s brainstorm=${Math.round(full.idleBusy[0]!)} leadsort=${Math.round(full.idleBusy[1]!)}`);
  console.log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`reference: people=60 answers=0 inp_max_ms=${Math.round(ref.max)} inp_p50_ms=${Math.round(ref.p50)}`);
  console.log(`console: people=60 answers=${full.answers} inp_max_ms=${Math.round(res.max)} inp_p50_ms=${Math.round(res.p50)}`);
} finally {
  await browser.close();
  await serve.stop();
}
