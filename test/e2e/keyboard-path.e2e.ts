import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { expectFocused, KeyboardWalk, listenToLiveRegions, trackErrors } from './keyboard-path-kit';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// Issue #15: the whole path by keyboard alone, in real Chromium against the real server —
// the empty workshop list's "Sample…" → planner (add a dot vote, move it by keyboard drag,
// give it options) → "Run workshop" → console (start, →, L, R, Space, ←, Open for phones) →
// presenter view → the in-room page (a name, a dot vote by its + buttons, the lead sort by
// keyboard drag and by its Place… menu, Escape closing the menu, a "Depends on what?" note,
// hand over) → a phone joining with the code → Export: "Make and download the report".
// After every step the keyboard is on something (never <body>) and, where the step changes
// something, a live region says so in words. No mouse, no element.click(), no focus() from the
// test; the presenter and the in-room page open from the console's buttons by Enter. The only
// things not done by keys: the browser opening the app's link (npm run serve opens it), the
// phone's first address (a person types it or scans the QR code) and reading the join code
// (off the screen for a person; through the API here).

interface Detail {
  workshop: { id: string; title: string };
  activities: { id: string; kind: string; title: string; config: Record<string, unknown> }[];
}
interface Room {
  joinCode: string;
  origin: string;
}

const SAMPLE = 'Sample: Sales & Marketing alignment kickoff';
const NOTE = 'only if they come back twice';

describe('the whole path by keyboard alone (#15)', () => {
  let session: Session;
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the walk’s own checks fail when they should: words replaced in the same task are not heard, <body> is not focus', async () => {
    const context = await session.browser.newContext();
    await listenToLiveRegions(context);
    const page = await context.newPage();
    const html =
      '<p aria-live="polite" id="r"></p><div aria-hidden="true"><p role="status" id="hidden"></p></div><button>Sample: A &amp; B</button><button>Other</button>';
    await page.goto(`data:text/html,${encodeURIComponent(html)}`);
    const walk = new KeyboardWalk(1_500);
    const say = (...texts: string[]) => page.evaluate((all) => all.forEach((t) => (document.getElementById('r')!.textContent = t)), texts);

    await walk.press(page, 'Tab', 'Tab', { focus: 'button "Sample: A & B"' }); // a name YAML quotes whole
    // Two texts in one task: only the last is heard (a screen reader reads the region after the task).
    await expect(
      walk.step(page, 'same task', () => say('Picked up Dot vote.', 'Dot vote is over position 8 of 8.'), { said: ['Picked up Dot vote.'] }),
    ).rejects.toThrow('same task: a live region should say Picked up Dot vote.; heard ["r: Dot vote is over position 8 of 8."]');
    // In two tasks both are heard.
    await walk.step(
      page,
      'two tasks',
      async () => {
        await say('Picked up Dot vote.');
        await say('Dot vote is over position 7 of 8.');
      },
      { said: ['Picked up Dot vote.', 'over position 7'] },
    );
    // A region inside aria-hidden is never heard.
    const hidden = () => page.evaluate(() => (document.getElementById('hidden')!.textContent = 'Secret'));
    await expect(walk.step(page, 'hidden', hidden, { said: ['Secret'] })).rejects.toThrow('hidden: a live region should say Secret; heard []');
    // Tabbing past the last control leaves the page: the helper stops there and says what it passed.
    await expect(walk.tabTo(page, 'Nowhere')).rejects.toThrow('Tab to Nowhere: focus fell to <body> after 2 presses; passed button "Other" · <body>');
    // Focus on <body> fails the step, with its name.
    await walk.press(page, 'Shift+Tab', 'Shift+Tab', { focus: 'button "Other"' });
    const blur = () => page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect(walk.step(page, 'blur', blur)).rejects.toThrow('blur: the keyboard should be on something, not <body>; it is on <body>');
    expect(walk.steps).toEqual(['Tab', 'two tasks', 'Shift+Tab']);
    await context.close();
  });

  it('sample → planner → console → presenter → in-room page → phone → PDF: focus never on <body>, every change said', { timeout: 900_000 }, async () => {
    const serve = session.serve;
    const walk = new KeyboardWalk();
    const errors: string[] = [];
    const axe = async (page: Page, screen: string) => {
      await expectNoSeriousA11yViolations(page, screen);
      walk.screen(screen);
    };

    const context = await session.browser.newContext({ viewport: SCREEN.laptop });
    await listenToLiveRegions(context);
    trackErrors(context, 'facilitator', errors);
    const page = await context.newPage();
    await page.goto(serve.link); // what `npm run serve` opens: the app's own link (not a keyboard step)
    await expect.poll(() => page.getByRole('heading', { name: 'Plan your first alignment workshop' }).isVisible()).toBe(true);
    await axe(page, 'workshop list (empty)');

    // ── Workshop list → planner ────────────────────────────────────────────────────────────
    await walk.tabTo(page, SAMPLE);
    await walk.press(page, 'Enter', 'Enter on “Sample…”', {
      done: () => expect.poll(() => page.url()).toMatch(/#\/w\//),
      focus: `heading "${SAMPLE}"`,
    });
    const workshopId = decodeURIComponent(/#\/w\/([^/?]+)/.exec(page.url())![1]!);
    const detail = () => op<Detail>(serve, 'workshop:get', { id: workshopId });
    const order = async () => (await detail()).activities.map((a) => a.kind);
    expect(await order()).toEqual(['slide', 'brainstorm', 'leadsort', 'break', 'kpisort', 'commitments', 'slide']);
    await axe(page, 'planner');

    await walk.tabTo(page, 'Add Dot vote', { max: 400 });
    await walk.press(page, 'Enter', 'Enter on “Add Dot vote”', {
      done: () => expect.poll(order).toEqual(['slide', 'brainstorm', 'leadsort', 'break', 'kpisort', 'commitments', 'slide', 'dotvote']),
      focus: 'button "Add Dot vote"',
      said: ['All changes saved'],
    });

    // The new dot vote goes before the lead sort by keyboard drag: Space, ↑ five times, Space.
    await walk.tabTo(page, 'Reorder Dot vote', { back: true, max: 400 });
    await walk.press(page, 'Space', 'Space: pick up Dot vote', { said: ['Picked up Dot vote, position 8 of 8.'], focus: 'button "Reorder Dot vote"' });
    for (let to = 7; to >= 3; to--) {
      await walk.press(page, 'ArrowUp', `↑: Dot vote over position ${to}`, { said: [`Dot vote is over position ${to} of 8.`] });
    }
    await walk.press(page, 'Space', 'Space: drop Dot vote', {
      said: ['Dot vote dropped at position 3 of 8.'],
      done: () => expect.poll(order).toEqual(['slide', 'brainstorm', 'dotvote', 'leadsort', 'break', 'kpisort', 'commitments', 'slide']),
      focus: 'button "Reorder Dot vote"',
    });

    // Its options: open its settings and start from the examples.
    await walk.tabTo(page, 'Settings and notes for Dot vote');
    await walk.press(page, 'Enter', 'Enter: open the dot vote’s settings', {
      done: () => expect.poll(() => page.getByRole('button', { name: 'Settings and notes for Dot vote' }).getAttribute('aria-expanded')).toBe('true'),
      focus: 'button "Settings and notes for Dot vote"',
    });
    await walk.tabTo(page, 'Start options from the examples');
    const options = async () => ((await detail()).activities.find((a) => a.kind === 'dotvote')!.config.options as { text: string }[]).map((o) => o.text);
    await walk.press(page, 'Enter', 'Enter on “Start options from the examples”', {
      done: () => expect.poll(async () => (await options()).length).toBe(5),
      said: ['All changes saved'],
    });
    const [firstOption, secondOption] = await options();

    // ── Planner → console ──────────────────────────────────────────────────────────────────
    await walk.tabTo(page, 'Run workshop', { back: true, max: 400 });
    await walk.press(page, 'Enter', 'Enter on “Run workshop”', {
      done: () => expect.poll(() => page.url()).toMatch(/#\/run\//),
      focus: `heading "${SAMPLE}"`,
    });
    await axe(page, 'console (not started)');

    const acts = (await detail()).activities;
    const showing = (n: number, kind: string) => `Now showing ${n} of ${acts.length}: ${kind}, ${acts[n - 1]!.title}`;
    await walk.tabTo(page, 'Start the workshop');
    await walk.press(page, 'Enter', 'Enter on “Start the workshop”', { said: [`The workshop has started. ${showing(1, 'Slide / talk')}`] });
    await walk.press(page, 'ArrowRight', '→ (next activity)', { said: [showing(2, 'Brainstorm')] });
    await walk.press(page, 'l', 'L (lock answers)', { said: ['Answers are locked.'] });
    await walk.press(page, 'r', 'R (reveal results)', { said: ['Results are on the projector.'] });
    await walk.press(page, ' ', 'Space (start the timer)', { said: [/^Timer started, 8 minutes left\./] });
    await walk.press(page, 'ArrowLeft', '← (previous activity)', { said: [showing(1, 'Slide / talk')] });
    await axe(page, 'console (running)');

    await walk.tabTo(page, 'Open for phones');
    await walk.press(page, 'Enter', 'Enter on “Open for phones”', {
      said: [/^Open for phones at 127\.0\.0\.1:\d+, join code /],
      focus: 'button "Close for phones"',
    });
    const room = (await op<Room | null>(serve, 'room:status'))!; // the address and code the projector shows

    // ── Presenter view ─────────────────────────────────────────────────────────────────────
    await walk.tabTo(page, 'Open presenter view', { back: true });
    const presenterOpened = context.waitForEvent('page');
    await walk.press(page, 'Enter', 'Enter on “Open presenter view”', { focus: 'button "Open presenter view"' });
    const presenter = await presenterOpened;
    await expect.poll(() => presenter.getByTestId('presenter-main').isVisible()).toBe(true);
    await axe(presenter, 'presenter view');

    await walk.press(page, 'ArrowRight', '→ to the icebreaker', { said: [showing(2, 'Brainstorm')] });
    await walk.press(page, 'ArrowRight', '→ to the dot vote', { said: [showing(3, 'Dot vote')] });

    // ── The in-room page ───────────────────────────────────────────────────────────────────
    await walk.tabTo(page, 'Answer in the room', { back: true });
    const roomPageOpened = context.waitForEvent('page');
    await walk.press(page, 'Enter', 'Enter on “Answer in the room”', { focus: 'button "Answer in the room"' });
    const inRoom = await roomPageOpened;
    await expect.poll(() => inRoom.getByRole('heading', { name: 'Who’s answering?' }).isVisible()).toBe(true);
    // The names replace the page's “Loading…”: their heading takes the keyboard (as a phone's does).
    await expectFocused(inRoom, 'the in-room page opens', 'heading "Who’s answering?"');
    await axe(inRoom, 'in-room page: names');

    await walk.tabTo(inRoom, 'Dana Whitfield');
    await walk.press(inRoom, 'Enter', 'Enter on “Dana Whitfield”', { said: ['Answering as Dana Whitfield.'], focus: 'heading "Dot vote"' });
    await axe(inRoom, 'in-room page: dot vote');
    await walk.tabTo(inRoom, `Add a dot to ${firstOption}`);
    for (let dots = 1; dots <= 3; dots++) {
      await walk.press(inRoom, 'Enter', `Enter on + (${dots} on the first option)`, {
        said: [`${firstOption} has ${dots} dot${dots > 1 ? 's' : ''}. ${5 - dots} dot${5 - dots === 1 ? '' : 's'} left.`],
      });
    }
    await walk.press(inRoom, 'Enter', 'Enter on + past the cap', { said: ['At most 3 dots on one option.'], focus: `button "Add a dot to ${firstOption}"` });
    await walk.tabTo(inRoom, `Add a dot to ${secondOption}`);
    await walk.press(inRoom, 'Enter', 'Enter on + (1 on the second option)', { said: [`${secondOption} has 1 dot. 1 dot left.`] });
    await walk.press(inRoom, 'Enter', 'Enter on + (the last dot)', {
      said: [`${secondOption} has 2 dots. 0 dots left.`],
      focus: `button "Add a dot to ${secondOption}"`,
    });
    expect(await inRoom.evaluate(() => document.activeElement?.getAttribute('aria-disabled'))).toBe('true');
    await walk.press(inRoom, 'Enter', 'Enter on + with no dot left', { said: ['No dots left. Take one back from another option first.'] });

    // The facilitator moves on; the in-room page follows, its heading taking the keyboard.
    await walk.press(page, 'ArrowRight', '→ to the lead sort', {
      said: [showing(4, 'Lead-quality sort')],
      elsewhere: [{ page: inRoom, label: 'in-room page', focus: 'heading "What makes a quality lead?"' }],
    });
    await axe(inRoom, 'in-room page: lead sort');

    // A card by keyboard drag: Space lifts it, → walks the columns, Space drops it.
    await walk.tabTo(inRoom, 'Drag Requested a demo');
    await walk.press(inRoom, 'Space', 'Space: pick up “Requested a demo”', { said: ['Picked up Requested a demo from Unsorted.'] });
    await walk.press(inRoom, 'ArrowRight', '→: over Quality lead', { said: ['Requested a demo is over Quality lead, position 1 of 1.'] });
    await walk.press(inRoom, 'Space', 'Space: drop it', {
      said: ['Dropped Requested a demo in Quality lead.', 'Saved'],
      focus: 'button "Drag Requested a demo"',
    });

    // A card by its Place… menu: Escape closes the menu and gives the keyboard back to its button.
    const placeVisited = 'Place Visited the pricing page';
    await walk.tabTo(inRoom, placeVisited, { back: true });
    await walk.press(inRoom, 'Enter', 'Enter on “Place…”', {
      done: () => expect.poll(() => inRoom.getByRole('button', { name: placeVisited }).getAttribute('aria-expanded')).toBe('true'),
      focus: `button "${placeVisited}"`,
    });
    await walk.tabTo(inRoom, 'Quality lead', { role: 'button' });
    await walk.press(inRoom, 'Escape', 'Escape closes the menu', {
      done: () => expect.poll(() => inRoom.getByRole('button', { name: placeVisited }).getAttribute('aria-expanded')).toBe('false'),
      focus: `button "${placeVisited}"`,
    });
    await walk.press(inRoom, 'Enter', 'Enter on “Place…” again', { focus: `button "${placeVisited}"` });
    await walk.tabTo(inRoom, 'Depends', { role: 'button' });
    await walk.press(inRoom, 'Enter', 'Enter on “Depends”', { said: ['Visited the pricing page moved to Depends.'], focus: `button "${placeVisited}"` });
    await walk.tabTo(inRoom, 'Depends on what? (optional)');
    await walk.type(inRoom, NOTE, 'Type the note');
    await walk.press(inRoom, 'Enter', 'Enter: save the note', { said: ['Saved'], focus: 'button "Edit note for Visited the pricing page"' });

    await walk.tabTo(inRoom, 'Done — next person');
    await walk.press(inRoom, 'Enter', 'Enter on “Done — next person”', {
      said: ['Thanks, Dana Whitfield. Next person: pick your name.'],
      focus: 'heading "Who’s answering?"',
    });

    // ── A phone joins with the code ────────────────────────────────────────────────────────
    const phoneContext = await session.browser.newContext({ viewport: SCREEN.phone, hasTouch: true, isMobile: true });
    await listenToLiveRegions(phoneContext);
    trackErrors(phoneContext, 'phone', errors);
    const phone = await phoneContext.newPage();
    await phone.goto(`${room.origin}/`); // typed from the screen (the only address not reached by keys)
    await expectFocused(phone, 'phone: the code page opens', 'heading "Join the workshop"');
    await axe(phone, 'phone: code');
    await walk.tabTo(phone, 'Code from the screen');
    await walk.type(phone, `${room.joinCode.slice(0, 3)} ${room.joinCode.slice(3)}`, 'Type the code from the screen');
    await walk.press(phone, 'Enter', 'Enter: join', {
      done: () => expect.poll(() => phone.url()).toMatch(/\/j\//),
      focus: `heading "${SAMPLE}"`,
    });
    await axe(phone, 'phone: names');
    await walk.tabTo(phone, 'Hannah Brooks');
    await walk.press(phone, 'Enter', 'Enter on “Hannah Brooks”', {
      said: [/^New activity: What makes a quality lead\?$/] /* one stop: not “?.” */,
      focus: 'heading "What makes a quality lead?"',
    });
    await axe(phone, 'phone: lead sort');
    await walk.tabTo(phone, 'Place Requested a demo');
    await walk.press(phone, 'Enter', 'Enter on “Place…” (phone)', { focus: 'button "Place Requested a demo"' });
    await walk.tabTo(phone, 'Not a signal', { role: 'button' });
    await walk.press(phone, 'Enter', 'Enter on “Not a signal” (phone)', {
      said: ['Requested a demo moved to Not a signal.', 'Saved'],
      focus: 'button "Place Requested a demo"',
    });

    // The facilitator moves on: the phone says so and its new heading takes the keyboard. The in-room
    // page swaps its names for a message and back: each time its heading takes the keyboard.
    await walk.press(page, 'ArrowRight', '→ to the coffee break', {
      said: [showing(5, 'Break')],
      elsewhere: [
        { page: phone, label: 'phone', said: [/^New activity: Coffee break\.$/], focus: 'heading "Eyes on the main screen"' },
        { page: inRoom, label: 'in-room page', focus: 'heading "Eyes on the main screen"' },
      ],
    });
    await axe(phone, 'phone: eyes on the main screen');
    await axe(inRoom, 'in-room page: eyes on the main screen');
    await walk.press(page, 'ArrowRight', '→ to the KPI sort', {
      said: [showing(6, 'Shared goals and KPIs')],
      elsewhere: [
        { page: phone, label: 'phone', said: [`New activity: ${acts[5]!.title}.`], focus: `heading "${acts[5]!.title}"` },
        { page: inRoom, label: 'in-room page', focus: 'heading "Who’s answering?"' },
      ],
    });

    // ── Export: the report as PDF ──────────────────────────────────────────────────────────
    await walk.tabTo(page, 'Export', { role: 'link' });
    await walk.press(page, 'Enter', 'Enter on “Export”', {
      done: () => expect.poll(() => page.url()).toMatch(/#\/export\//),
      focus: `heading "Export “${SAMPLE}”"`,
    });
    await axe(page, 'export');
    await walk.tabTo(page, 'Make and download the report');
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await walk.press(page, 'Enter', 'Enter on “Make and download the report”', {
      done: () => download,
      said: [/\.pdf · \d+ pages · .* made in [\d.]+ s/],
      focus: 'button "Make and download the report"',
    });
    const pdfPath = join(tempDir(), 'report.pdf');
    await (await download).saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(SAMPLE);
    expect(text).toContain(firstOption);
    expect(text).toContain(secondOption);
    expect(text).toContain(NOTE); // the in-room note reached the report
    await axe(page, 'export (report made)');

    console.log(
      `keyboard path: ${walk.steps.length} steps (${walk.keys} keys pressed), ${walk.screens.length} screens checked by axe (${walk.screens.join('; ')})`,
    );
    expect(errors).toEqual([]);
    await phoneContext.close();
    await context.close();
  });
});
