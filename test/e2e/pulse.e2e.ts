import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Participant } from '../../src/shared/domain';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { genericWorkshopVia } from '../helpers/generic-workshop';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// The alignment pulse (#18) in real Chromium: one person rates every statement by touch on a phone,
// the rest of the room through the API; the projector shows the gap per statement, largest first.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
type Detail = { activities: Activity[]; participants: Participant[] };

describe('alignment pulse', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a phone rates every statement by touch, and the projector shows per-team means and the gap', async () => {
    const serve = session.serve;
    const w = await genericWorkshopVia((name, input) => op(serve, name, input));
    const pulse = await op<Activity>(serve, 'activity:add', { workshopId: w.id, kind: 'pulse' });
    const detail = await op<Detail>(serve, 'workshop:get', { id: w.id });
    await op(serve, 'run:start', { workshopId: w.id });
    await op(serve, 'run:goto', { workshopId: w.id, activityId: pulse.id });
    const statements = (pulse.config as { statements: { id: string; text: string }[] }).statements;

    const phone = await session.page(SCREEN.phone, { hasTouch: true, isMobile: true });
    const p = phone.page;
    await p.goto(`${serve.origin}/#/participate/${w.id}`);
    await p.getByRole('button', { name: 'Dana Whitfield' }).tap();
    await poll(() => p.getByText(`0 of ${statements.length} answered`).isVisible()).toBe(true);
    for (const [i, s] of statements.entries()) {
      const group = p.getByRole('group', { name: s.text });
      await group.getByRole('radio', { name: i % 2 ? '2 Disagree' : '4 Agree' }).tap();
      await poll(() => p.getByText(`${i + 1} of ${statements.length} answered`).isVisible()).toBe(true);
    }
    await expectNoSeriousA11yViolations(p, 'pulse on a phone');
    await p.evaluate(() => window.scrollTo(0, 0));
    await shot(p, 'pulse-phone-390');

    // Everyone else: Sales rates low, Marketing high, so the gaps are wide.
    for (const person of detail.participants.filter((x) => x.name !== 'Dana Whitfield')) {
      for (const s of statements) {
        await op(serve, 'response:submit', {
          activityId: pulse.id,
          participantId: person.id,
          itemKey: s.id,
          value: { rating: person.team === 'sales' ? 2 : 5 },
        });
      }
    }
    await op(serve, 'run:set', { activityId: pulse.id, revealed: true });

    const projector = await session.page(SCREEN.laptop);
    await projector.page.goto(`${serve.origin}/#/present/${w.id}`);
    const first = statements[0]!;
    await poll(() => projector.page.getByText(first.text, { exact: false }).first().isVisible()).toBe(true);
    await poll(() =>
      projector.page
        .getByText(/Gap \d\.\d/)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectNoSeriousA11yViolations(projector.page, 'pulse results on the projector');
    await shot(projector.page, 'pulse-projector-1280');
  });
});
