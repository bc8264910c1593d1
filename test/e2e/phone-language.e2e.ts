import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { genericWorkshopVia } from '../helpers/generic-workshop';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// The phone page in the person's language (docs/i18n.md), in the real build: a phone in a German
// workshop fetches German on demand and shows the list of names in it; one person switches to
// Spanish, keeps it after a reload, and the other phone stays German.

const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true };

describe('the phone page’s language', () => {
  let session: Session;
  let joinUrl = '';
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
    const workshop = await genericWorkshopVia((name, input) => op(session.serve, name, input));
    await op(session.serve, 'workshop:update', { id: workshop.id, patch: { language: 'de' } }); // the workshop's language, not the browser's, is the default
    joinUrl = (await op<{ joinUrl: string }>(session.serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' })).joinUrl;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a German phone shows the names in German; one person switches theirs to Spanish, and it stays Spanish after a reload', async () => {
    const german = await session.browser.newContext({ ...PHONE, locale: 'de-DE' });
    const page = await german.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(joinUrl);
    await expect.poll(() => page.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole('button', { name: 'Nicht auf der Liste? Selbst eintragen' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(fetched.filter((url) => /\/assets\/(fr|es)-/.test(url))).toEqual([]); // one language fetched
    await expectNoSeriousA11yViolations(page, 'phone: names in German');
    await shot(page, 'phone-names-de-390');

    const other = await session.browser.newContext({ ...PHONE, locale: 'de-DE' });
    const otherPage = await other.newPage();
    await otherPage.goto(joinUrl);
    await expect.poll(() => otherPage.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.').isVisible(), { timeout: 15_000 }).toBe(true);

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('es');
    await expect.poll(() => page.getByText('¿Quién eres? Toca tu nombre.').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByText('¿Quién eres? Toca tu nombre.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
    // The other phone never changed.
    expect(await otherPage.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.').isVisible()).toBe(true);
    await german.close();
    await other.close();
  });
});
