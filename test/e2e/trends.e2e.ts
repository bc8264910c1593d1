import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/shared/domain';
import type { OpInput, OpOutput } from '../../src/shared/api/contract';
import type { OpName } from '../../src/shared/api/names';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { trendSeries } from '../helpers/trend-series';
import { op } from './run-e2e-helpers';

// Trends across a series (#18) in real Chromium: three workshops of one series made through the API, the pulse
// answered in each ("We agree on what a qualified lead is": gap 1.8 → 1.2 → 0.6). In the third, the projector's
// pulse results show the gap last time next to the gap now, in words and with an arrow.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('trends across a series on the projector', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the third workshop’s pulse results: last time next to now, narrowing and unchanged said in words', async () => {
    const serve = session.serve;
    const send = <K extends OpName>(name: K, input: OpInput<K>) => op<OpOutput<K>>(serve, name, input);
    const { workshops } = await trendSeries(send);
    const third = workshops[2]!;
    const [pulse] = (await send('workshop:get', { id: third.id })).activities as Activity[];
    await send('run:start', { workshopId: third.id });
    await send('run:goto', { workshopId: third.id, activityId: pulse!.id });
    await send('run:set', { activityId: pulse!.id, revealed: true });

    for (const [size, name] of [
      [SCREEN.desktop, 'trends-projector-1920'],
      [SCREEN.laptop, 'trends-projector-1280'],
    ] as const) {
      const projector = await session.page(size);
      const p = projector.page;
      await p.goto(`${serve.origin}/#/present/${third.id}`);
      await poll(() => p.getByText('Since ACME joint meeting 2 (17 Mar): narrower on 1 statement, the same on 1 statement.').isVisible()).toBe(true);
      // The qualified-lead gap: 0.6 now, 1.2 last time; trust: 1.0 both times.
      const qualified = p.locator('.cgv-bar-row', { hasText: 'We agree on what a qualified lead is.' });
      await poll(() => qualified.locator('.cgv-bar-sub').textContent()).toBe('Gap 0.6 · 10 ratings. ↓ narrowed from 1.2 last time');
      const trust = p.locator('.cgv-bar-row', { hasText: 'I trust the other team’s numbers.' });
      await poll(() => trust.locator('.cgv-bar-sub').textContent()).toBe('Gap 1.0 · 10 ratings. = same as last time (1.0)');
      // The arrow is hidden from screen readers: the words say it.
      expect(await qualified.locator('.cgv-gap-change [aria-hidden="true"]').textContent()).toBe('↓ ');
      await expectNoSeriousA11yViolations(p, `pulse trends on the projector ${size.width}×${size.height}`);
      await shot(p, name);
      await projector.context.close();
    }

    // The console's results say the same, in its dense light theme.
    const console = await session.page(SCREEN.laptop);
    await console.page.goto(`${serve.origin}/#/run/${third.id}`);
    const row = console.page.locator('.console-stage .cgv-bar-row', { hasText: 'We agree on what a qualified lead is.' });
    await poll(() => row.locator('.cgv-gap-change').textContent()).toBe('. ↓ narrowed from 1.2 last time');
    await row.scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(console.page, 'pulse trends in the console');
    await shot(console.page, 'trends-console-1280');
  });

  it('series:trends over HTTP: a workshop in no series has none; a bad request is refused in words', async () => {
    const serve = session.serve;
    const alone = await op<{ id: string }>(serve, 'workshop:create', { title: 'On its own' });
    expect(await op(serve, 'series:trends', { workshopId: alone.id })).toBeNull();
    await expect(op(serve, 'series:trends', {})).rejects.toThrow('Ask for the trends of one series (seriesId) or of one workshop (workshopId).');
  });
});
