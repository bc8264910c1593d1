import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { ensurePhoneBundle, op, sampleAtCardSort } from './run-e2e-helpers';

// The workshop's language reaches the room (#19), in the real build: a phone whose browser speaks
// English shows a German workshop in German from the server's first screen on, and follows the
// facilitator's change to French live; the shared screen in the room speaks the workshop's language.

const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true };
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('the workshop’s language in the room', () => {
  let session: Session;
  let workshopId = '';
  let joinUrl = '';
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
    workshopId = (await sampleAtCardSort(session.serve)).workshopId;
    await op(session.serve, 'workshop:update', { id: workshopId, patch: { language: 'de' } });
    joinUrl = (await op<{ joinUrl: string }>(session.serve, 'room:open', { workshopId, host: '127.0.0.1' })).joinUrl;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an English phone shows a German workshop in German, and follows the change to French live', async () => {
    const context = await session.browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await context.newPage();
    // The server's own first screen, before any script: already German.
    const html = await (await page.request.get(joinUrl)).text();
    expect(html).toContain('<html lang="de" data-workshop-lang="de"');
    expect(html).toContain('Wer sind Sie? Tippen Sie auf Ihren Namen.');

    await page.goto(joinUrl);
    await poll(() => page.getByRole('combobox', { name: 'Sprache' }).isVisible()).toBe(true);
    expect(await page.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'phone: a German workshop');
    await shot(page, 'room-language-phone-names-de-390');

    await page.getByRole('button', { name: 'Dana Whitfield' }).tap();
    await poll(() => page.getByRole('button', { name: 'Nicht Sie?' }).isVisible()).toBe(true);
    await shot(page, 'room-language-phone-activity-de-390');

    await op(session.serve, 'workshop:update', { id: workshopId, patch: { language: 'fr' } });
    await poll(() => page.getByRole('button', { name: 'Ce n’est pas vous ?' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await op(session.serve, 'workshop:update', { id: workshopId, patch: { language: 'de' } });
    await poll(() => page.getByRole('button', { name: 'Nicht Sie?' }).isVisible()).toBe(true);
    await context.close();
  });

  it('the shared screen in the room speaks German', async () => {
    for (const [name, viewport, person] of [
      ['1280', SCREEN.laptop, 'Hannah Brooks'],
      ['1920', SCREEN.desktop, 'Priya Raman'],
    ] as const) {
      const { page, errors } = await session.page(viewport);
      await page.goto(`${session.serve.origin}/#/participate/${workshopId}`);
      await poll(() => page.getByRole('heading', { level: 1, name: 'Wer antwortet?' }).isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(page, `participate in German at ${name}`);
      await shot(page, `room-language-participate-names-de-${name}`);
      await page.getByRole('button', { name: person }).click();
      await poll(() => page.getByRole('button', { name: 'Fertig – nächste Person' }).isVisible()).toBe(true);
      await shot(page, `room-language-participate-answer-de-${name}`);
      await page.getByRole('button', { name: 'Fertig – nächste Person' }).click();
      await poll(() => page.getByRole('heading', { level: 1, name: 'Wer antwortet?' }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the planner offers the workshop’s language next to its currency', async () => {
    const { page } = await session.page(SCREEN.laptop);
    await page.goto(`${session.serve.origin}/#/w/${workshopId}`);
    const field = page.getByRole('combobox', { name: 'Workshop language' });
    await poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe('de');
    await field.scrollIntoViewIfNeeded();
    await shot(page, 'room-language-planner-1280');
    await page.context().close();
  });
});
