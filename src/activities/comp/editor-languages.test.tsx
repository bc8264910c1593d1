import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { englishLeftIn } from '../../../test/helpers/english-left-in';
import type { Locale } from '../../shared/locale';
import { CompEditor } from './Editor';
import { defaultCompConfig, type CompConfig } from './definition';

// The comp settings speak the facilitator's interface language (labels, the plan's facts and rules in words,
// numbers and months through Intl); what the editor writes into the plan (a preset's role and unit, a new
// pattern or poll) is example content, in the workshop's language.

/** Intl's no-break spaces ("50 %", "120 000 $US") as plain ones. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const optionsOf = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent);
const fact = (container: HTMLElement, key: string) =>
  [...container.querySelectorAll('.cgc-facts > div')].find((d) => d.querySelector('dt')?.textContent === key)?.querySelector('dd')?.textContent;

function Harness({ start, language, onChange }: { start: CompConfig; language: Locale; onChange?: (c: CompConfig) => void }) {
  const [config, setConfig] = useState(start);
  return (
    <CompEditor
      config={config}
      language={language}
      onChange={(next) => {
        setConfig(next);
        onChange?.(next);
      }}
    />
  );
}

describe('comp settings in German', () => {
  it('labels, presets, currency, facts and rule sentences in German, with German numbers and months', async () => {
    const { container } = render(<Harness start={defaultCompConfig('de')} language="de" />, { wrapper: await inLocale('de') });
    const preset = screen.getByRole('group', { name: 'Mit einer Vorlage beginnen' });
    expect(optionsOf(within(preset).getByRole('combobox', { name: 'Vorlage' }))).toEqual([
      'Account Executive, 50/50',
      'SDR, 70/30',
      'Account Executive, 60/40 mit Dämpfer',
    ]);
    expect(within(preset).getByRole('button', { name: 'Diesen Plan verwenden' })).toBeTruthy();
    expect(container.textContent).toContain('US-Dollar ($)');
    expect(fact(container, 'Zielgehalt')).toMatch(/^120\.000\s\$ im Jahr \(50\/50 fix\/variabel\)$/);
    expect(fact(container, 'Variabel bei 100 %')).toMatch(/^60\.000\s\$ im Jahr, 15\.000\s\$ im Quartal$/);
    expect(fact(container, 'Rückforderung')).toBe('ein innerhalb von 6 Monaten stornierter Abschluss wird zurückgefordert');
    const rule = screen.getByRole('group', { name: /^Zwischen der Schwelle und 100 %/ });
    expect(plain(rule.textContent)).toContain(
      'Schwelle: nichts unter 50 % der Quartalsquote; sobald 50 % überschritten sind, wird alles im Quartal Gebuchte bezahlt, ab dem ersten Dollar.',
    );
    expect(within(rule).getByRole('radio', { name: 'Alles ab dem ersten Dollar, sobald sie überschritten ist' })).toBeTruthy();
    expect(plain(screen.getByRole('group', { name: 'Deckel' }).textContent)).toMatch(
      /Gedeckelt beim 2,5× des variablen Ziels \(erreicht bei 187,5 % Zielerreichung\)/,
    );
    expect(optionsOf(screen.getByRole('combobox', { name: 'Bonusmonat' }))).toContain('Dez');
    expect(screen.getByRole('button', { name: 'Situation 1 entfernen' })).toBeTruthy();
    expect(englishLeftIn(container, 'de')).toEqual([]);
  });

  it('a preset, a new pattern and a new poll come in the workshop’s language (French here), whatever the interface says', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(c: CompConfig) => void>();
    render(<Harness start={defaultCompConfig('fr')} language="fr" onChange={onChange} />, { wrapper: await inLocale('de') });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vorlage' }), 'sdr-70-30');
    await user.click(screen.getByRole('button', { name: 'Diesen Plan verwenden' }));
    expect(onChange.mock.calls.at(-1)![0]).toMatchObject({ role: 'Chargé de développement commercial', unit: 'réunions' });
    // The plan now counts meetings: the rate is per meeting, in the workshop's word.
    expect(document.body.textContent).toContain('pro réunion');
    await user.click(screen.getByRole('button', { name: 'Abschlussmuster hinzufügen' }));
    expect(onChange.mock.calls.at(-1)![0].patterns.at(-1)!.name).toBe('Mon profil');
    await user.click(screen.getByRole('button', { name: 'Situation hinzufügen' }));
    expect(
      onChange.mock.calls
        .at(-1)![0]
        .scenarios.at(-1)!
        .options.map((o) => o.text),
    ).toEqual(['Option un', 'Option deux']);
  });
});

describe('comp settings in French', () => {
  it('labels, facts and the cap in French, with French numbers', async () => {
    const { container } = render(<Harness start={defaultCompConfig('fr')} language="fr" />, { wrapper: await inLocale('fr') });
    expect(screen.getByRole('button', { name: 'Utiliser ce plan' })).toBeTruthy();
    expect(fact(container, 'Rémunération cible')).toMatch(/^120\s000\s\$US par an \(50\/50 fixe\/variable\)$/);
    expect(fact(container, 'Accélérateurs')).toMatch(/^1,5× dès 100\s% et 2× dès 150\s%$/);
    expect(screen.getByRole('group', { name: 'Plafond' }).textContent).toMatch(/Plafonné à 2,5× la part variable cible \(atteint à 187,5\s% d’atteinte\)/);
    expect(screen.getByRole('group', { name: 'Accélérateurs (au-delà du quota)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retirer l’accélérateur 1' })).toBeTruthy();
    expect(englishLeftIn(container, 'fr')).toEqual([]);
  });
});
