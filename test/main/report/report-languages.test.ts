import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { intlLocale, type Locale } from '../../../src/shared/locale';
import { assembleReport } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS, type ReportData } from '../../../src/main/report/types';
import { KICKOFF_ID } from '../../../src/main/services/builtin-templates';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { answer, seeded } from '../../helpers/workshop-fill';

// Issue #19: the kickoff's report in the workshop's language, rendered to a real PDF and read back
// with pdftotext: the headings translated, dates, times and numbers as Intl writes them for the
// workshop's locale, and none of the English headings left.

const renderer = new ReportRenderer();
const dir = tempDir();
afterAll(() => renderer.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The English headings and fixed words of the report: none may be left in another language. */
const ENGLISH = [
  'Executive summary',
  'Agenda: planned and actual',
  'What we did and found',
  'Commitments and action items',
  'Appendix: every answer',
  'Who took part',
  'WORKSHOP REPORT',
  'In this report',
  'Made with Common Ground',
  'Planned / actual',
  'KEY POINTS',
  'What the room agreed',
  'To follow up',
  'Facilitator',
  'Page 2 of',
  'min planned',
  'No owner yet',
  'Anonymity:',
  'Names in the report and exports',
  'Where people put each card',
  'Joint meeting',
];

const DATE = '2026-12-15';

/** The 90-minute kickoff in `language`, ten people answering, run to the end, with an action item. */
function kickoff(core: Core, clock: { advance(ms: number): void }, language: Locale): string {
  const w = call(core, 'template:createWorkshop', { templateId: KICKOFF_ID, title: `Kickoff ${language}` });
  call(core, 'workshop:update', { id: w.id, patch: { language, date: DATE, startTime: '14:30', facilitator: 'Maya Jovanović', location: 'München' } });
  call(core, 'participant:addMany', {
    workshopId: w.id,
    people: Array.from({ length: 10 }, (_, i) => ({ name: `Person ${i + 1}`, team: i % 2 ? ('marketing' as const) : ('sales' as const), role: '' })),
  });
  const detail = call(core, 'workshop:get', { id: w.id });
  const rng = seeded(3);
  call(core, 'run:start', { workshopId: w.id });
  detail.activities.forEach((a, i) => {
    if (i > 0) call(core, 'run:next', { workshopId: w.id });
    // The lead and KPI sorts answer like a card sort (the same cards × columns).
    answer(core, a.kind === 'leadsort' || a.kind === 'kpisort' ? { ...a, kind: 'cardsort' } : a, detail.participants, rng, { n: 0 });
    clock.advance(a.minutes * 60_000);
  });
  call(core, 'run:end', { workshopId: w.id });
  call(core, 'actionItem:add', { workshopId: w.id, text: 'Lead-Definition verschicken', owner: '', dueDate: DATE });
  return w.id;
}

async function rendered(language: Locale, home: string): Promise<{ data: ReportData; text: string; pdf: Buffer; locale: string }> {
  const clock = manualClock('2026-12-15T13:30:00.000Z');
  const core = testCore(tempDir(), clock.now);
  const id = kickoff(core, clock, language);
  // The workshop's Intl locale: the language's home, or the region its currency says (Spanish in US dollars: es-US).
  const locale = intlLocale(language, call(core, 'workshop:get', { id }).workshop.currency);
  expect([home, 'es-US']).toContain(locale);
  const data = core.transact('report', (ctx) => assembleReport(ctx, id, { paper: 'a4', sections: REPORT_SECTIONS }));
  if (!data.ok) throw new Error(data.error.message);
  const { pdf } = await renderer.render(data.value);
  const file = join(dir, `kickoff-${language}.pdf`);
  writeFileSync(file, pdf);
  // To look at the pages: REPORT_PDF_DIR=/tmp/x npx vitest run test/main/report/report-languages.test.ts, then pdftoppm.
  if (process.env.REPORT_PDF_DIR) writeFileSync(join(process.env.REPORT_PDF_DIR, `kickoff-${language}.pdf`), pdf);
  core.close();
  expect(data.value.workshop.dateText).toBe(
    new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${DATE}T00:00:00Z`),
    ),
  );
  return { locale, data: data.value, pdf, text: flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })) };
}

/** What pdftotext gives back for a string Intl wrote (no-break spaces come back as spaces). */
const asText = (s: string) => flat(s.replace(/[\u00a0\u202f]/g, ' '));

const intlDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${DATE}T00:00:00Z`));

function noEnglish(text: string) {
  for (const heading of ENGLISH) expect(text, heading).not.toContain(heading);
}

describe('the kickoff report in German', () => {
  let text = '';
  let data: ReportData;
  beforeAll(async () => {
    ({ text, data } = await rendered('de', 'de-DE'));
  }, 120_000);

  it('has its headings in German', () => {
    for (const heading of [
      'WORKSHOP-BERICHT',
      'Zusammenfassung',
      'Ablauf: geplant und tatsächlich',
      'Was wir gemacht und herausgefunden haben',
      'Zusagen und Aufgaben',
      'Anhang: alle Antworten',
      'Wer teilnahm',
      'Seite 2 von',
      'Moderation',
      'Offene Punkte',
      'Gemeinsames Treffen',
    ]) {
      expect(text, heading).toContain(heading);
    }
  });

  it('writes dates, times and numbers as de-DE does', () => {
    expect(intlDate('de-DE')).toBe('Di., 15. Dez. 2026');
    expect(text).toContain(asText(intlDate('de-DE')));
    expect(text).toContain(
      asText(new Intl.DateTimeFormat('de-DE', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date('2000-01-01T14:30:00Z'))),
    );
    // The template's own figures take the decimal comma; percentages as Intl writes them ("60 %").
    expect(data.words.decimal).toBe(',');
    const percents = text.match(/\d+ %/g) ?? [];
    expect(percents.length).toBeGreaterThan(0);
    expect(data.anonymityNote).toContain('Anonymität');
  });

  it('leaves no English heading', () => noEnglish(text));
});

describe.each([
  ['fr', 'fr-FR', ['Synthèse', 'Programme : prévu et réel', 'Engagements et actions', 'Annexe : toutes les réponses', 'Page 2 sur']],
  ['es', 'es-ES', ['Resumen ejecutivo', 'Agenda: previsto y real', 'Compromisos y acciones', 'Anexo: todas las respuestas', 'Página 2 de']],
] as const)('the kickoff report in %s', (language, home, headings) => {
  let text = '';
  let locale = '';
  beforeAll(async () => {
    ({ text, locale } = await rendered(language, home));
  }, 120_000);

  it('has its headings and dates in the language, and no English heading', () => {
    for (const heading of headings) expect(text, heading).toContain(heading);
    expect(text).toContain(asText(intlDate(locale)));
    noEnglish(text);
  });
});
