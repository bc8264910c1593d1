import { currencyFromText, type CurrencyCode } from '../../shared/currency';
import type { CompConfig } from './definition';
import { PATTERN_PRESETS } from './presets';

// Older comp configs, and the currency kept in step with the workshop.
//
// Version 1 (before issue #14) wrote the currency as a symbol ("$", "€"),
// paid from the first dollar once past the threshold, and stored the cap as
// % of target variable. Version 2 keeps the cap's meaning (it is still stored
// that way), says so (capShownAs: 'multiple'), names the rule that was always
// applied ('first-dollar') and turns the symbol into an ISO code.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A preset's story in `to`, when the text is that preset's story in `from` (or the app's old wording); else the text as the facilitator wrote it. */
function restory(story: unknown, from: CurrencyCode | null, to: CurrencyCode): unknown {
  if (typeof story !== 'string') return story;
  for (const p of PATTERN_PRESETS) {
    if (story === p.legacyStory || (from !== null && story === p.story(from))) return p.story(to);
  }
  return story;
}

export function migrateCompConfig(fromVersion: number, config: unknown): unknown {
  if (fromVersion >= 2 || !isObject(config)) return config;
  const currency = currencyFromText(config.currency) ?? 'USD';
  const plan = isObject(config.plan) ? { thresholdRule: 'first-dollar', capShownAs: 'multiple', ...config.plan } : config.plan;
  const patterns = Array.isArray(config.patterns) ? config.patterns.map((p: unknown) => (isObject(p) ? { ...p, story: restory(p.story, null, currency) } : p)) : config.patterns;
  return { ...config, currency, plan, patterns };
}

/** The config in another currency: the code, and the preset stories that name an amount. Amounts stay as they are. */
export function withCurrency(config: CompConfig, currency: CurrencyCode): CompConfig {
  if (config.currency === currency) return config;
  return { ...config, currency, patterns: config.patterns.map((p) => ({ ...p, story: restory(p.story, config.currency, currency) as string })) };
}
