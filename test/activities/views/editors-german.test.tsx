// #19: the planner's exercise editors speak the facilitator's interface language (German here): every
// label, legend, hint, button, placeholder and accessible name, with no English message of the catalogs
// left. Their reset buttons bring example content in the WORKSHOP's language, whatever the interface says.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { englishMessages } from '../../helpers/english-leftovers';
import { inLocale } from '../../helpers/i18n';
import { ACTIVITY_EDITORS } from '../../../src/activities/editors';
import type { EditorProps } from '../../../src/activities/kit/editor';
import { findDefinition, type ActivityKind } from '../../../src/activities/registry';
import { leadsort } from '../../../src/activities/leadsort/definition';
import { defaultSignals } from '../../../src/activities/leadsort/signals';
import { retro } from '../../../src/activities/retro/definition';
import { kpisort } from '../../../src/activities/kpisort/definition';
import { buyingmap } from '../../../src/activities/buyingmap/definition';
import { persona } from '../../../src/activities/persona/definition';
import { LeadSortEditor } from '../../../src/activities/leadsort/Editor';
import { RetroEditor } from '../../../src/activities/retro/Editor';
import { KpiSortEditor } from '../../../src/activities/kpisort/Editor';
import { DotVoteEditor } from '../../../src/activities/dotvote/Editor';
import { CardSortEditor } from '../../../src/activities/cardsort/Editor';
import { BuyingMapEditor } from '../../../src/activities/buyingmap/Editor';
import { PersonaEditor } from '../../../src/activities/persona/Editor';
import { dotvote } from '../../../src/activities/dotvote/definition';
import { cardsort } from '../../../src/activities/cardsort/definition';
import { CARD_SORT_EXAMPLES } from '../../../src/activities/cardsort/editor-examples';
import { DOT_VOTE_EXAMPLES } from '../../../src/activities/dotvote/editor-examples';
import { RANKING_EXAMPLES } from '../../../src/activities/ranking/editor-examples';
import { NEW_NAMES } from '../../../src/activities/new-names';
import { LOCALES } from '../../../src/shared/locale';

/** The editors this work translated (comp, messaging and commitments are translated elsewhere). */
const KINDS = [
  'brainstorm',
  'break',
  'buyingmap',
  'cardsort',
  'dotvote',
  'kpisort',
  'leadsort',
  'persona',
  'pulse',
  'ranking',
  'retro',
  'review',
  'slide',
] as const satisfies readonly ActivityKind[];

/** Texts and accessible names inside an element that still read as an English message of the catalogs. */
function englishLeftIn(el: Element): string[] {
  const texts = new Set<string>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').trim();
    if (text) texts.add(text);
  }
  for (const node of el.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = node.getAttribute(a)?.trim();
      if (v) texts.add(v);
    }
  // The labels of form fields, as a screen reader names them.
  for (const node of el.querySelectorAll('label, legend')) texts.add((node.textContent ?? '').trim());
  const messages = englishMessages('de');
  return [...texts].filter((text) => messages.some((m) => m.pattern.test(text)));
}

describe('the exercise editors, in a German planner', () => {
  it.each(KINDS)('%s: no English left in its labels, hints, buttons and accessible names', async (kind) => {
    const Editor = ACTIVITY_EDITORS[kind] as ComponentType<EditorProps<unknown>>;
    // A German workshop's content, so what is left to read is the editor's own words.
    const config = findDefinition(kind)!.defaultConfig('de');
    const { container } = render(<Editor config={config} onChange={vi.fn()} language="de" />, { wrapper: await inLocale('de') });
    expect(container.textContent).not.toBe('');
    expect(englishLeftIn(container)).toEqual([]);
  });

  it('the lead sort: its columns, rows and buttons in German, and the list named with its German capital', async () => {
    render(<LeadSortEditor config={leadsort.defaultConfig('de')} onChange={vi.fn()} language="de" />, { wrapper: await inLocale('de') });
    expect(screen.getByRole('textbox', { name: 'Spalte für ein starkes Signal' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Spalte für „kommt darauf an“' })).toBeTruthy();
    const rows = screen.getByRole('group', { name: /^Lead-Signale/ });
    expect(within(rows).getByRole('button', { name: '+ Signal hinzufügen' })).toBeTruthy();
    expect(within(rows).getByRole('button', { name: 'Mit den 26 Beispielsignalen neu beginnen' })).toBeTruthy();
    // German keeps a noun's capital inside a sentence ("lead-Signale" before).
    expect(within(rows).getByRole('button', { name: 'Alle Lead-Signale löschen' })).toBeTruthy();
    expect(within(rows).getAllByPlaceholderText('Was genau zählt (optional)')).toHaveLength(26);
  });

  it('the buying map: stages, owners and moves in German, numbered in German', async () => {
    render(<BuyingMapEditor config={buyingmap.defaultConfig('de')} onChange={vi.fn()} language="de" />, { wrapper: await inLocale('de') });
    expect(screen.getByRole('textbox', { name: 'Phase 1' })).toBeTruthy();
    const owner = screen.getAllByRole('combobox', { name: 'Zuständig' })[0]!;
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Marketing', 'Vertrieb', 'Gemeinsam']);
    expect(screen.getAllByText('Hier Übergabe an den Vertrieb').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Segment hinzufügen (Kopie von diesem)' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Markierung 1' })).toBeTruthy();
  });
});

describe('starting again from the examples brings them in the workshop’s language', () => {
  // An English planner for a German workshop: the buttons speak English, the examples German.
  async function replaceWithExamples(button: string) {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: button }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
  }

  it('the lead sort: the 26 German example signals', async () => {
    const onChange = vi.fn();
    const config = { ...leadsort.defaultConfig('de'), cards: [{ id: 'own', text: 'Unser eigenes Signal', description: '' }] };
    render(<LeadSortEditor config={config} onChange={onChange} language="de" />);
    await replaceWithExamples('Start again from the 26 example signals');
    expect(onChange).toHaveBeenLastCalledWith({ ...config, cards: defaultSignals('de') });
    expect(onChange.mock.lastCall![0].cards[0].text).toBe('Hat eine Demo angefragt');
  });

  it('the retro: the three trust questions in German', async () => {
    const onChange = vi.fn();
    const config = { ...retro.defaultConfig('de'), prompts: [{ id: 'own', text: 'Unsere Frage', description: '' }] };
    render(<RetroEditor config={config} onChange={onChange} language="de" />);
    await replaceWithExamples('Back to the three trust questions');
    expect(onChange.mock.lastCall![0].prompts).toEqual(retro.defaultConfig('de').prompts);
    expect(onChange.mock.lastCall![0].prompts[1].text).toBe('Was schafft Vertrauen?');
  });

  it('the KPI sort: the German example KPIs', async () => {
    const onChange = vi.fn();
    const config = { ...kpisort.defaultConfig('de'), cards: [{ id: 'own', text: 'Unsere Kennzahl', description: '', unit: '' }] };
    render(<KpiSortEditor config={config} onChange={onChange} language="de" />);
    await replaceWithExamples('Start again from the example KPIs');
    expect(onChange.mock.lastCall![0].cards).toEqual(kpisort.defaultConfig('de').cards);
    expect(onChange.mock.lastCall![0].cards[0].text).not.toBe(kpisort.defaultConfig('en').cards[0]!.text);
  });

  it('a French dot vote and card sort: the example options, cards and columns in French', async () => {
    const user = userEvent.setup();
    const vote = vi.fn();
    render(<DotVoteEditor config={dotvote.defaultConfig('fr')} onChange={vote} language="fr" />);
    // Nothing to lose: no question asked.
    await user.click(screen.getByRole('button', { name: 'Start options from the examples' }));
    expect(vote.mock.lastCall![0].options.map((o: { text: string }) => o.text)).toContain('Pas de définition commune du MQL');

    document.body.innerHTML = '';
    const sort = vi.fn();
    render(<CardSortEditor config={{ ...cardsort.defaultConfig('fr'), columns: [] }} onChange={sort} language="fr" />);
    // The two lists' buttons say which list (they read the same to a screen reader before).
    const cards = screen.getByRole('button', { name: 'Start cards from the examples' });
    const columns = screen.getByRole('button', { name: 'Start columns from the examples' });
    await user.click(cards);
    expect(sort.mock.lastCall![0].cards[0].text).toBe('A demandé une démo');
    await user.click(columns);
    expect(sort.mock.lastCall![0].columns.map((c: { text: string }) => c.text)).toEqual(['Lead qualifié', 'Pas un signal', 'Ça dépend']);
  });

  it('a new stage, segment or canvas section is named in the workshop’s language', async () => {
    const user = userEvent.setup();
    const map = vi.fn();
    const config = buyingmap.defaultConfig('es');
    render(
      <BuyingMapEditor
        config={{ ...config, segments: [{ ...config.segments[0]!, stages: config.segments[0]!.stages.slice(0, 3) }] }}
        onChange={map}
        language="es"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add a stage' }));
    expect(map.mock.lastCall![0].segments[0].stages.at(-1).name).toBe('Etapa nueva');
    await user.click(screen.getByRole('button', { name: 'Add a segment (copy of this one)' }));
    expect(map.mock.lastCall![0].segments.at(-1).name).toBe('Segmento nuevo');

    document.body.innerHTML = '';
    const canvas = vi.fn();
    render(<PersonaEditor config={persona.defaultConfig('de')} onChange={canvas} language="de" />);
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    expect(canvas.mock.lastCall![0].sections.at(-1).title).toBe('Neuer Bereich');
  });
});

describe('the editors’ own example tables', () => {
  const tables = { CARD_SORT_EXAMPLES, DOT_VOTE_EXAMPLES, RANKING_EXAMPLES, NEW_NAMES };
  it.each(Object.entries(tables))('%s: every language has as many words as English, none of them left in English', (_, table) => {
    const english = Object.values(table.en).flat();
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const words = Object.values(table[locale]).flat();
      expect(words, locale).toHaveLength(english.length);
      words.forEach((word, i) => expect(word, `${locale} ${i}`).not.toBe(english[i]));
    }
  });
});
