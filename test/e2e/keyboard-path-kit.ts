import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

// A keyboard-only walk through the app (issue #15): every step is keys pressed, then two checks —
// the keyboard is somewhere (document.activeElement is not <body>) and, where the step changes
// something, a live region said it in words. Live regions are heard through a MutationObserver
// installed before any page script runs: it notes a region's text each time it changes, read once
// per task like a screen reader does (words replaced in the same task are never heard).

interface Said {
  region: string;
  text: string;
}
type SaidWindow = Window & { __cgSaid?: Said[]; __cgPageId?: string };

/** Runs in every page of the context before its own scripts. */
function recordLiveRegions() {
  const said: Said[] = [];
  (window as SaidWindow).__cgSaid = said;
  (window as SaidWindow).__cgPageId = Math.random().toString(36).slice(2);
  const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const nameOf = (el: Element) => el.getAttribute('data-testid') ?? (el.id || `${el.getAttribute('role') ?? 'live'}.${el.className}`);
  new MutationObserver((records) => {
    const seen = new Set<Element>();
    for (const r of records) {
      // The node whose content changed existed before the change: a region inserted whole is not counted (not reliably spoken).
      const node = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      const region = node?.closest(LIVE);
      if (!region || seen.has(region) || !region.isConnected || region.closest('[aria-hidden="true"]')) continue;
      seen.add(region);
      const text = (region.textContent ?? '')
        .replace(/\u200b/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) said.push({ region: nameOf(region), text });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Record live regions in every page this context opens (popups too). */
export async function listenToLiveRegions(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordLiveRegions);
}

/** Where a page's record stands; a page that loads anew starts its record again (from 0). */
interface Mark {
  pageId: string;
  count: number;
}
const markOf = (page: Page): Promise<Mark> =>
  page.evaluate(() => ({ pageId: (window as SaidWindow).__cgPageId ?? '', count: ((window as SaidWindow).__cgSaid ?? []).length }));
const saidSince = (page: Page, from: Mark): Promise<Said[]> =>
  page.evaluate(({ pageId, count }) => {
    const w = window as SaidWindow;
    return (w.__cgSaid ?? []).slice(w.__cgPageId === pageId ? count : 0);
  }, from);

/** What has the keyboard: `role "name"` from Chromium's accessibility view (Playwright's aria snapshot), or <body>. */
export async function focusedName(page: Page): Promise<{ lost: boolean; role: string; name: string; line: string }> {
  const lost = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body || !el.isConnected;
  });
  if (lost) return { lost, role: '', name: '', line: '<body>' };
  const snapshot = await page
    .locator('*:focus')
    .first()
    .ariaSnapshot({ timeout: 2_000 })
    .catch(() => '');
  // The first line is YAML: `- role "name"`, quoted whole when the name holds ': ' and the like; `:` ends a node with children.
  let first = (snapshot.split('\n')[0] ?? '').replace(/^- /, '').replace(/:$/, '');
  if (first.startsWith("'")) first = first.slice(1, -1).replace(/''/g, "'");
  else if (first.startsWith('"')) first = JSON.parse(first) as string;
  const m = /^([\w-]+)(?: ("(?:[^"\\]|\\.)*"))?/.exec(first);
  const role = m?.[1] ?? '?';
  const name = m?.[2] ? (JSON.parse(m[2]) as string) : '';
  return { lost: false, role, name, line: `${role} "${name}"` };
}

const heardSince = async (page: Page, from: Mark) => {
  const heard = await saidSince(page, from);
  return heard.length ? ` · said: ${heard.map((s) => `“${s.text}”`).join(' ')}` : '';
};
const matches = (text: string, want: string | RegExp) => (typeof want === 'string' ? text === want : want.test(text));
const nextFrames = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** Fails with the step's name unless the keyboard is on something (not <body>, not a removed element); returns what. */
export async function expectFocused(page: Page, what: string, want?: string | RegExp, timeout?: number): Promise<string> {
  let last = '<body>';
  const ok = async () => {
    const f = await focusedName(page);
    last = f.line;
    return !f.lost && (want === undefined || matches(f.line, want));
  };
  await expect
    .poll(ok, timeout === undefined ? {} : { timeout })
    .toBe(true)
    .catch(() => {
      throw new Error(`${what}: the keyboard should be on ${want === undefined ? 'something, not <body>' : String(want)}; it is on ${last}`);
    });
  // Still there once the page has settled (a hand-off runs in an effect; a late re-render could still drop it).
  await nextFrames(page);
  const settled = await focusedName(page);
  expect(settled.lost, `${what}: focus fell to <body> after the page settled`).toBe(false);
  return settled.line;
}

export interface PageCheck {
  /** Words a live region must have said after the keys (each, in any region). */
  said?: (string | RegExp)[];
  /** What must have the keyboard afterwards: `role "name"`. */
  focus?: string | RegExp;
}
export interface StepCheck extends PageCheck {
  /** The step's effect, awaited before anything is checked (e.g. the agenda's new order). */
  done?: () => Promise<unknown>;
  /** Other pages the step changes (a phone that follows the console): checked the same way. */
  elsewhere?: (PageCheck & { page: Page; label: string })[];
}

async function expectSaid(page: Page, what: string, from: Mark, wanted: (string | RegExp)[], timeout?: number): Promise<void> {
  for (const want of wanted) {
    let heard: Said[] = [];
    await expect
      .poll(
        async () => {
          heard = await saidSince(page, from);
          return heard.some((s) => (typeof want === 'string' ? s.text.includes(want) : want.test(s.text)));
        },
        timeout === undefined ? {} : { timeout },
      )
      .toBe(true)
      .catch(() => {
        throw new Error(`${what}: a live region should say ${String(want)}; heard ${JSON.stringify(heard.map((s) => `${s.region}: ${s.text}`))}`);
      });
  }
}

/** Counts the steps of the walk and checks each one. */
export class KeyboardWalk {
  readonly steps: string[] = [];
  readonly screens: string[] = [];
  /** Every key pressed (a typed text counts its characters). */
  keys = 0;

  /** `patience`: how long a check waits for the page (ms); the e2e project's poll timeout unless given. */
  constructor(private readonly patience?: number) {}

  /** One action: keys pressed on `page`, then focus and (optionally) what was said, there and elsewhere. */
  async step(page: Page, name: string, keys: () => Promise<unknown>, check: StepCheck = {}): Promise<string> {
    const others = check.elsewhere ?? [];
    const from = await markOf(page);
    const othersFrom = await Promise.all(others.map((o) => markOf(o.page)));
    await keys();
    await check.done?.();
    await expectSaid(page, name, from, check.said ?? [], this.patience);
    const focused = await expectFocused(page, name, check.focus, this.patience);
    const lines = [`${focused}${await heardSince(page, from)}`];
    for (const [i, other] of others.entries()) {
      await expectSaid(other.page, `${name} (${other.label})`, othersFrom[i]!, other.said ?? [], this.patience);
      lines.push(
        `${other.label}: ${await expectFocused(other.page, `${name} (${other.label})`, other.focus, this.patience)}${await heardSince(other.page, othersFrom[i]!)}`,
      );
    }
    this.steps.push(name);
    console.log(`step ${this.steps.length}: ${name} → ${lines.join(' | ')}`);
    return focused;
  }

  /** Press a key (or keys in order) as one step. */
  press(page: Page, keys: string | string[], name: string, check: StepCheck = {}): Promise<string> {
    return this.step(
      page,
      name,
      async () => {
        for (const key of Array.isArray(keys) ? keys : [keys]) {
          await page.keyboard.press(key);
          this.keys++;
        }
      },
      check,
    );
  }

  /** Tab (or Shift+Tab) until the element with this accessible name has the keyboard; one step. */
  async tabTo(page: Page, name: string | RegExp, options: { back?: boolean; role?: string; max?: number } = {}): Promise<void> {
    const { back = false, role, max = 120 } = options;
    const key = back ? 'Shift+Tab' : 'Tab';
    const label = `${back ? 'Shift+Tab' : 'Tab'} to ${role ?? ''} ${String(name)}`.replace(/\s+/g, ' ');
    await this.step(page, label, async () => {
      const passed: string[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press(key);
        this.keys++;
        const f = await focusedName(page);
        passed.push(f.line);
        if (f.lost) throw new Error(`${label}: focus fell to <body> after ${passed.length} presses; passed ${passed.join(' · ')}`);
        if (matches(f.name, name) && (role === undefined || f.role === role)) return;
      }
      throw new Error(`${label}: not reached in ${max} presses; passed ${passed.join(' · ')}`);
    });
  }

  /** Type text into the focused field, one step. */
  type(page: Page, text: string, name: string, check: StepCheck = {}): Promise<string> {
    this.keys += text.length;
    return this.step(page, name, () => page.keyboard.type(text), check);
  }

  screen(name: string) {
    this.screens.push(name);
  }
}

/** Console errors and uncaught exceptions of every page in a context (popups included). */
export function trackErrors(context: BrowserContext, label: string, errors: string[]): void {
  const track = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${label} ${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${label} ${page.url()}: ${String(error)}`));
  };
  context.pages().forEach(track);
  context.on('page', track);
}
