import { afterAll, describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';
import { JOINT_MEETING_ID, KICKOFF_ID } from '../../../src/main/services/builtin-templates';
import type { Core } from '../../../src/main/core';
import type { Activity } from '../../../src/shared/domain';

// Issue #19: a built-in template is made in the workshop's language (titles, notes, slide text,
// break messages and the exercises' example content); a template the facilitator saved is their
// text and is never translated. On the real core, SQLite on disk.

const opened: Core[] = [];
afterAll(() => opened.forEach((c) => c.close()));
function core() {
  const c = testCore();
  opened.push(c);
  return c;
}

const byKind = (activities: Activity[], kind: string) => activities.find((a) => a.kind === kind)!;
const cardTexts = (a: Activity) => (a.config as { cards: { text: string }[] }).cards.map((c) => c.text);

describe('a workshop from a built-in template, in a language', () => {
  it('German: the 90-minute kickoff’s titles, slide text, break message and lead signals are German', () => {
    const c = core();
    const w = call(c, 'template:createWorkshop', { templateId: KICKOFF_ID, language: 'de' });
    expect(w.language).toBe('de');
    expect(w.title).toBe('Kickoff zur Zusammenarbeit');
    const { workshop, activities } = call(c, 'workshop:get', { id: w.id });
    expect(workshop.goal).toMatch(/^Klären, was ein guter Lead ist/);
    expect(activities.map((a) => a.title)).toEqual([
      'Willkommen: warum beide Teams in einem Raum sind',
      'Eisbrecher: was das andere Team von meiner Arbeit nie sieht',
      'Was macht einen guten Lead aus?',
      'Kaffeepause',
      'Gemeinsame Ziele, Rollen und KPIs',
      'Vereinbarungen: wer macht was bis wann',
      'Abschluss und nächste Schritte',
    ]);
    const welcome = activities[0]!.config as { text: string; bullets: string[] };
    expect(welcome.text).toMatch(/^Wir wollen dasselbe/);
    expect(welcome.bullets).toContain('Was ein guter Lead für jeden von uns bedeutet');
    expect(byKind(activities, 'break').config).toEqual({ message: 'Weiter in zehn Minuten' });
    const sort = byKind(activities, 'leadsort');
    expect(cardTexts(sort)).toContain('Hat eine Demo angefragt');
    expect(cardTexts(sort)).not.toContain('Requested a demo');
    expect((sort.config as { columns: { text: string }[] }).columns.map((col) => col.text)).toEqual(['Qualitäts-Lead', 'Kein Signal', 'Kommt drauf an']);
    expect(cardTexts(byKind(activities, 'kpisort'))).toContain('Abschlussquote');
    expect((byKind(activities, 'commitments').config as { pledgePrompt: string }).pledgePrompt).toMatch(/^Eine Sache, die ich/);
    expect(activities[0]!.notes).toMatch(/^Fassen Sie sich kurz/);
  });

  it('English: unchanged without a language, and the same with language "en"', () => {
    const c = core();
    const plain = call(c, 'workshop:get', { id: call(c, 'template:createWorkshop', { templateId: KICKOFF_ID }).id });
    const en = call(c, 'workshop:get', { id: call(c, 'template:createWorkshop', { templateId: KICKOFF_ID, language: 'en' }).id });
    expect(plain.workshop.language).toBe('en');
    expect(plain.workshop.title).toBe('Alignment kickoff');
    expect(plain.activities.map((a) => a.title)).toEqual([
      'Welcome: why both teams are in one room',
      'Icebreaker: what the other team never sees about my job',
      'What makes a quality lead?',
      'Coffee break',
      'Shared goals, roles and KPIs',
      'Commitments: who does what, by when',
      'Wrap-up and next steps',
    ]);
    expect(cardTexts(byKind(plain.activities, 'leadsort'))[0]).toBe('Requested a demo');
    const strip = (d: typeof plain) => d.activities.map(({ kind, title, minutes, config, notes }) => ({ kind, title, minutes, config, notes }));
    expect(strip(en)).toEqual(strip(plain));
  });

  it('French and Spanish: the joint meeting’s pulse keeps the English statement ids and set version', () => {
    const c = core();
    const ids = (language: 'en' | 'fr' | 'es') => {
      const { activities } = call(c, 'workshop:get', { id: call(c, 'template:createWorkshop', { templateId: JOINT_MEETING_ID, language }).id });
      const pulse = byKind(activities, 'pulse').config as { setVersion: number; statements: { id: string; text: string }[] };
      return { setVersion: pulse.setVersion, ids: pulse.statements.map((s) => s.id), first: pulse.statements[0]!.text, title: activities[0]!.title };
    };
    const en = ids('en');
    const fr = ids('fr');
    const es = ids('es');
    expect(fr).toMatchObject({ setVersion: en.setVersion, ids: en.ids, title: 'Réunion commune : depuis la dernière fois' });
    expect(es).toMatchObject({ setVersion: en.setVersion, ids: en.ids, title: 'Reunión conjunta: desde la última vez' });
    expect(fr.first).toBe('Nous sommes d’accord sur ce qu’est un lead qualifié.');
    expect(es.first).toBe('Estamos de acuerdo en qué es un lead cualificado.');
  });

  it('lists the built-ins by name in the language asked for', () => {
    const c = core();
    const names = (language?: 'de' | 'es') =>
      call(c, 'template:list', language ? { language } : {})
        .filter((t) => t.builtIn)
        .map((t) => t.name);
    expect(names()).toEqual(['Alignment kickoff', 'Sales & Marketing alignment day', 'Joint meeting']);
    expect(names('de')).toEqual(['Kickoff zur Zusammenarbeit', 'Tag der Zusammenarbeit von Vertrieb und Marketing', 'Gemeinsames Treffen']);
    expect(names('es')[2]).toBe('Reunión conjunta');
  });

  it('a saved template keeps its own words whatever the language', () => {
    const c = core();
    const source = call(c, 'template:createWorkshop', { templateId: KICKOFF_ID });
    const saved = call(c, 'template:saveFromWorkshop', { workshopId: source.id, name: 'Our own kickoff' });
    const w = call(c, 'template:createWorkshop', { templateId: saved.id, language: 'de' });
    expect(w.language).toBe('de');
    const { activities } = call(c, 'workshop:get', { id: w.id });
    expect(activities[0]!.title).toBe('Welcome: why both teams are in one room');
    expect(cardTexts(byKind(activities, 'leadsort'))[0]).toBe('Requested a demo');
  });

  it('refuses a language the app does not speak, with a readable error, and changes nothing', () => {
    const c = core();
    const before = dumpRows(c);
    const result = c.dispatch('template:createWorkshop', { templateId: KICKOFF_ID, language: 'it' } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(/en, de, fr, es/);
    }
    expect(dumpRows(c)).toBe(before);
  });
});

describe('a new activity in a workshop of another language', () => {
  it('gets its title and example content in the workshop’s language', () => {
    const c = core();
    const w = call(c, 'workshop:create', { title: 'Atelier Lyon', language: 'fr' });
    const sort = call(c, 'activity:add', { workshopId: w.id, kind: 'leadsort' });
    expect(sort.title).toBe('Qu’est-ce qu’un lead de qualité ?');
    expect(cardTexts(sort)[0]).toBe('A demandé une démo');
    const persona = call(c, 'activity:add', { workshopId: w.id, kind: 'persona' });
    expect((persona.config as { subject: string }).subject).toBe('Notre équipe commerciale');
    const english = call(c, 'activity:add', { workshopId: call(c, 'workshop:create', { title: 'Chicago' }).id, kind: 'leadsort' });
    expect(english.title).toBe('What makes a quality lead?');
    expect(cardTexts(english)[0]).toBe('Requested a demo');
  });

  it('the comp stories name amounts in the workshop’s language and currency', () => {
    const c = core();
    const w = call(c, 'workshop:create', { title: 'Kickoff München', language: 'de', currency: 'EUR' });
    const comp = call(c, 'activity:add', { workshopId: w.id, kind: 'comp' });
    const config = comp.config as { currency: string; patterns: { id: string; story: string }[]; scenarios: { prompt: string }[] };
    expect(config.currency).toBe('EUR');
    expect(config.patterns.find((p) => p.id === 'slip')!.story).toBe(
      'Ein Abschluss über 90.000\u00a0€ sollte im März kommen. Die Rechtsabteilung brauchte drei Wochen länger.',
    );
    expect(config.scenarios[0]!.prompt).toContain('15.000\u00a0€');
    // Changing the currency later rewrites the German texts as written, too.
    call(c, 'workshop:update', { id: w.id, patch: { currency: 'CHF' } });
    const after = call(c, 'workshop:get', { id: w.id }).activities.find((a) => a.kind === 'comp')!.config as typeof config;
    expect(after.patterns.find((p) => p.id === 'slip')!.story).toMatch(/^Ein Abschluss über CHF.90.000 sollte/);
  });
});

describe('the next joint meeting of a series in another language', () => {
  it('is named and made in the previous workshop’s language, and counts on from there', () => {
    const c = core();
    const first = call(c, 'workshop:create', { title: 'Kickoff München', language: 'de' });
    call(c, 'series:create', { title: 'Vertrieb und Marketing 2027', workshopId: first.id });
    const next = call(c, 'series:nextWorkshop', { workshopId: first.id, agenda: 'joint-meeting' });
    expect(next).toMatchObject({ title: 'Gemeinsames Treffen 1', language: 'de' });
    const { activities } = call(c, 'workshop:get', { id: next.id });
    expect(activities[0]!.title).toBe('Gemeinsames Treffen: seit dem letzten Mal');
    expect(call(c, 'series:nextWorkshop', { workshopId: next.id, agenda: 'joint-meeting' }).title).toBe('Gemeinsames Treffen 2');
  });
});

describe('the sample workshop in a language', () => {
  it('German: title, location, roles and example content are German; the people keep their names', () => {
    const c = core();
    const w = call(c, 'workshop:createSample', { language: 'de' });
    expect(w).toMatchObject({ language: 'de', title: 'Beispiel: Kickoff zur Zusammenarbeit von Vertrieb und Marketing', location: 'Konferenzraum, 3. Stock' });
    const { participants, activities } = call(c, 'workshop:get', { id: w.id });
    expect(participants[0]).toMatchObject({ name: 'Dana Whitfield', role: 'Account Executive' });
    expect(participants[3]).toMatchObject({ name: 'Tomás Ferreira', role: 'Vertriebsleitung' });
    expect(cardTexts(byKind(activities, 'leadsort'))[0]).toBe('Hat eine Demo angefragt');
  });
});
