import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../../src/activities/registry';
import { defaultTitleIn } from '../../src/activities/default-titles';
import { LOCALES, type Locale } from '../../src/shared/locale';

// Issue #19: every engine's example content in every language. A translation is the same content
// in other words: it passes the engine's schema, has the English shape (as many items, the same
// ids, the same numbers and switches) and leaves no English example text behind.

const OTHERS = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/** Keys whose values are codes, not words (when they look like one: a commitments report's owner is a person's role): the same in every language. */
const CODE_KEYS = new Set(['id', 'kind', 'owner', 'from', 'day', 'time', 'currency', 'capShownAs', 'thresholdRule', 'period']);
const OWNERS = new Set(['marketing', 'sales', 'shared']);
const isCode = (key: string, value: string) => CODE_KEYS.has(key) && /^[\w:.-]+$/.test(value) && (key !== 'owner' || OWNERS.has(value));
/** Words that may stay as they are: a KPI's unit ("%", "€", "leads" is French and Spanish too). */
const MAY_MATCH = new Set(['unit']);

/** Everything but the words: strings become their path's kind ("text") unless they are codes. */
function shape(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => shape(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, k)]));
  if (typeof value === 'string' && !isCode(key, value)) return value === '' ? '' : 'text';
  return value;
}

/** Every word-bearing string with its path. */
function words(value: unknown, path = '', key = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => words(v, `${path}[${i}]`, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => words(v, path ? `${path}.${k}` : k, k));
  return typeof value === 'string' && value !== '' && !isCode(key, value) && !MAY_MATCH.has(key) ? [[path, value]] : [];
}

describe('every engine’s default settings in every language', () => {
  for (const def of ACTIVITY_DEFINITIONS) {
    for (const locale of LOCALES) {
      it(`${def.kind} (${locale}) passes its schema`, () => {
        const parsed = def.configSchema.safeParse(def.defaultConfig(locale));
        expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
      });
    }

    it(`${def.kind}: without a language is English, and each language has the English shape`, () => {
      const en = def.defaultConfig('en');
      expect(def.defaultConfig()).toEqual(en);
      for (const locale of OTHERS) expect(shape(def.defaultConfig(locale)), locale).toEqual(shape(en));
    });

    it(`${def.kind}: no English example text left in ${OTHERS.join(', ')}`, () => {
      const english = new Map(words(def.defaultConfig('en')));
      for (const locale of OTHERS) {
        for (const [path, text] of words(def.defaultConfig(locale))) expect(text, `${locale} ${path}`).not.toBe(english.get(path));
      }
    });

    it(`${def.kind}: a new activity's title in every language`, () => {
      expect(defaultTitleIn(def, 'en')).toBe(def.defaultTitle);
      expect(defaultTitleIn(def, 'pseudo')).toBe(def.defaultTitle);
      for (const locale of OTHERS) expect(defaultTitleIn(def, locale)).not.toBe(def.defaultTitle);
    });
  }

  it('known English examples appear in no other language', () => {
    const known = [
      'Requested a demo',
      'Quality lead',
      'Marketing owns',
      'Win rate',
      'Problem aware',
      'Deals stall here',
      'We agree on what a qualified lead is.',
      'Our sales team',
      'What keeps them up at night',
      'What broke trust between us?',
      'Big deal slips a quarter',
      'Give the discount and sign today',
      'Sales manager',
      'Back in a few minutes',
      'Agree',
      'Write one message that would make this buyer stop and listen.',
    ];
    const english = JSON.stringify(ACTIVITY_DEFINITIONS.map((d) => d.defaultConfig('en')));
    for (const text of known) expect(english, text).toContain(text);
    for (const locale of OTHERS) {
      const all = JSON.stringify(ACTIVITY_DEFINITIONS.map((d) => d.defaultConfig(locale)));
      for (const text of known) expect(all, `${locale}: ${text}`).not.toContain(`"${text}`);
    }
  });

  it('pulse statements keep the English ids and set version in every language, so trends compare like with like', () => {
    const pulse = ACTIVITY_DEFINITIONS.find((d) => d.kind === 'pulse')!;
    const key = (locale: Locale) => {
      const c = pulse.defaultConfig(locale) as { setVersion: number; statements: { id: string }[] };
      return { setVersion: c.setVersion, ids: c.statements.map((s) => s.id) };
    };
    for (const locale of OTHERS) expect(key(locale)).toEqual(key('en'));
  });
});
