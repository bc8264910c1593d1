import { describe, expect, it } from 'vitest';
import { htmlLang, pickInterfaceLocale, queryOverride } from '../../../src/renderer/i18n/interface-language';

describe('the interface language to start in', () => {
  it('the saved choice, else the first system language the app speaks, else English', () => {
    expect(pickInterfaceLocale({ stored: 'es', system: ['de-DE'] })).toBe('es');
    expect(pickInterfaceLocale({ stored: null, system: ['it-IT', 'fr-CH', 'de'] })).toBe('fr');
    expect(pickInterfaceLocale({ stored: 'klingon', system: ['ja'] })).toBe('en');
  });

  it('the address overrides both without being a choice (?ui=pseudo for the layout checks); nonsense is ignored', () => {
    expect(pickInterfaceLocale({ search: '?ui=pseudo', stored: 'de', system: ['fr'] })).toBe('pseudo');
    expect(pickInterfaceLocale({ search: '?ui=xx', stored: 'de' })).toBe('de');
    expect(queryOverride('?room=pseudo&ui=de', 'room')).toBe('pseudo');
    expect(queryOverride('?room=', 'room')).toBeNull();
    expect(htmlLang('pseudo')).toBe('en-XA');
    expect(htmlLang('de')).toBe('de');
  });
});
