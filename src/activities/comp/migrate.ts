import { currencyFromText, type CurrencyCode } from '../../shared/currency';
import type { CompConfig } from './definition';
import { CURRENCY_TEXTS } from './content';

// Older comp configs, and the currency kept in step with the workshop.
//
// Version 1 (before issue #14) wrote the currency as a symbol ("$", "€"),
// paid from the first dollar once past the threshold, and stored the cap as
// % of target variable. Version 2 keeps the cap's meaning (it is still stored
// that way), says so (capShownAs: 'multiple'), names the rule that was always
// applied ('first-dollar') and turns the symbol into an ISO code.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text the app wrote (a preset story, the first poll) in `to`, when it is still as written in `from` (or in the old wording); else the text as the facilitator wrote it. */
function restory(story: unknown, from: CurrencyCode | null, to: CurrencyCode): unknown {
  if (typeof story !== 'string') return story;
  for (const t of CURRENCY_TEXTS) {
    if (story === t.legacyText || (from !== null && story === t.text(from))) return t.text(to);
  }
  return story;
}

const rescenario = (scenarios: unknown, from: CurrencyCode | null, to: CurrencyCode): unknown =>
  Array.isArray(scenarios) ? scenarios.map((s: unknown) => (isObject(s) ? { ...s, prompt: restory(s.prompt, from, to) } : s)) : scenarios;

export function migrateCompConfig(fromVersion: number, config: unknown): unknown {
  if (fromVersion >= 2 || !isObject(config)) return config;
  const currency = currencyFromText(config.currency) ?? 'USD';
  const plan = isObject(config.plan) ? { thresholdRule: 'first-dollar', capShownAs: 'multiple', ...config.plan } : config.plan;
  const patterns = Array.isArray(config.patterns)
    ? config.patterns.map((p: unknown) => (isObject(p) ? { ...p, story: restory(p.story, null, currency) } : p))
    : config.patterns;
  return { ...config, currency, plan, patterns, scenarios: rescenario(config.scenarios, null, currency) };
}

/** The config in another currency: the code, and the preset stories that name an amount. Amounts stay as they are. */
export function withCurrency(config: CompConfig, currency: CurrencyCode): CompConfig {
  if (config.currency === currency) return config;
  return {
    ...config,
    currency,
    patterns: config.patterns.map((p) => ({ ...p, story: restory(p.story, config.currency, currency) as string })),
    scenarios: rescenario(config.scenarios, config.currency, currency) as CompConfig['scenarios'],
  };
}
