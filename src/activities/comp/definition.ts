import { says } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import { defineActivity } from '../types';
import { z } from 'zod';
import { ItemList } from '../shared-schemas';
import { compResponses } from './logic';
import { DEFAULT_SALARY, PATTERN_PRESETS, PLAN_PRESETS } from './presets';
import { COMP_WORDS, moneyIn, type PatternId } from './content';
import { inLocale } from '../localized';
import { supportedLocale, type Locale } from '../../shared/locale';
import { compGuide } from './guide';
import { compReport } from './report';
import { THRESHOLD_RULES } from './maths';
import { Currency } from '../../shared/currency';
import { migrateCompConfig, withCurrency } from './migrate';
import { readBoard } from '../board-versions';

const Money = z
  .number(says(msg`Use a number`))
  .min(0, says(msg`Cannot be negative`))
  .max(100_000_000, says(msg`That is too large`));
const Percent = (max: number) =>
  z
    .number(says(msg`Use a number`))
    .min(0, says(msg`Cannot be negative`))
    .max(max, says(msg`At most ${max} %`));
const Month = z
  .number()
  .int()
  .min(1, says(msg`Months run from 1 to 12`))
  .max(12, says(msg`Months run from 1 to 12`));

export const PlanSchema = z
  .object({
    base: Money,
    variable: Money,
    quota: Money.refine((q) => q > 0, says(msg`The quota must be more than 0`)),
    period: z.enum(['month', 'quarter', 'year']),
    rate: z.number().min(0).max(1_000_000).nullable(),
    threshold: Percent(100),
    /** What is paid once the threshold is crossed (see maths.ts); configs before it was a choice paid from the first dollar. */
    thresholdRule: z.enum(THRESHOLD_RULES, says(msg`Choose how the threshold pays`)).default('first-dollar'),
    decelerators: z.array(z.object({ upTo: Percent(100), multiplier: z.number().min(0).max(1) })).max(4),
    accelerators: z
      .array(
        z.object({
          from: z
            .number()
            .min(100, says(msg`Accelerators start at 100 % or above`))
            .max(1000),
          multiplier: z.number().min(1).max(10),
        }),
      )
      .max(5),
    /** Stored one way: % of a period's target variable (250 = 2.5× target). */
    cap: z
      .number()
      .min(1, says(msg`The cap must pay something`))
      .max(2000, says(msg`A cap above 20× target variable is not a cap`))
      .nullable(),
    /** How the editor, the projector and the report write the cap. */
    capShownAs: z.enum(['attainment', 'multiple']).default('multiple'),
    clawbackMonths: z.number().int().min(0).max(24),
    draw: z.object({ monthly: Money, months: z.number().int().min(1).max(12), recoverable: z.boolean() }).nullable(),
  })
  .strict();

export const DealSchema = z.object({
  id: z.string().min(1).max(64),
  month: Month,
  amount: Money,
  label: z.string().trim().max(80).default(''),
  cancelledIn: Month.nullable().default(null),
});

export const PatternSchema = z.object({
  id: z.string().min(1).max(64),
  name: z
    .string()
    .trim()
    .min(1, says(msg`Name the pattern`))
    .max(80),
  story: z.string().trim().max(300).default(''),
  deals: z.array(DealSchema).max(60),
});

export const ScenarioSchema = z.object({
  id: z.string().min(1).max(64),
  prompt: z
    .string()
    .trim()
    .min(1, says(msg`Write the situation`))
    .max(400),
  options: ItemList.refine((o) => o.length >= 2 && o.length <= 6, says(msg`Give two to six options`)),
});

export const CompConfig = z
  .object({
    /** Who is on the plan, e.g. "Account executive". */
    role: z.string().trim().min(1).max(80),
    /** '' = the quota is money booked; otherwise what is counted, e.g. "meetings". */
    unit: z.string().trim().max(30),
    /** The workshop's currency (ISO code), kept in step with the workshop setting. */
    currency: Currency,
    plan: PlanSchema,
    patterns: z
      .array(PatternSchema)
      .min(1, says(msg`Keep at least one deal pattern`))
      .max(8),
    marketer: z.object({
      role: z.string().trim().min(1).max(80),
      salary: Money,
      bonusPercent: Percent(100),
      bonusPaidPercent: Percent(200),
      bonusMonth: Month,
    }),
    moment: z.object({ at: Percent(300), deal: Money, discount: Percent(90) }),
    scenarios: z.array(ScenarioSchema).max(8),
  })
  .strict();
export type CompConfig = z.infer<typeof CompConfig>;

export const COMP_VIEWS = ['curve', 'paycheck', 'moment', 'poll'] as const;
export type CompView = (typeof COMP_VIEWS)[number];

/** What the facilitator has on the projector, and the room's "so what for marketing". */
export const CompBoard = z.object({
  view: z.enum(COMP_VIEWS),
  patternId: z.string().max(64).nullable(),
  scenarioId: z.string().max(64).nullable(),
  takeaways: z.array(z.string().trim().min(1).max(200)).max(12),
  /** Every deal pattern put on the projector, in the order first shown (the report shows them all). */
  shownPatterns: z.array(z.string().max(64)).max(8).optional(),
});
export type CompBoard = z.infer<typeof CompBoard>;

export const initialCompBoard = (): CompBoard => ({ view: 'curve', patternId: null, scenarioId: null, takeaways: [] });

export function readCompBoard(board: unknown): CompBoard {
  return readBoard('comp', { board }, { schema: CompBoard, initial: initialCompBoard });
}

/** The poll the room sees: the projector on the poll view shows the chosen situation, or the first. */
export function openScenario(config: CompConfig, board: unknown): CompConfig['scenarios'][number] | null {
  const b = readCompBoard(board);
  if (b.view !== 'poll') return null;
  return config.scenarios.find((s) => s.id === b.scenarioId) ?? config.scenarios[0] ?? null;
}

/** What a participant's screen gets: the open poll's situation, if any. */
export type CompParticipantConfig = Pick<CompConfig, 'scenarios'>;

const opts = (prefix: string, texts: readonly string[]) => texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text, description: '' }));

/** A new comp activity: the 50/50 account executive, the patterns and four polls, their words in `locale` (English by default). */
export function defaultCompConfig(locale: Locale = 'en'): CompConfig {
  const ae = PLAN_PRESETS[0]!;
  const w = inLocale(COMP_WORDS, locale);
  const money = moneyIn(supportedLocale(locale) ?? 'en', 'USD');
  const label = (id: string): string => (w.dealLabels as Record<string, string | undefined>)[id] ?? '';
  return {
    role: w.role,
    unit: ae.unit,
    currency: 'USD',
    plan: structuredClone(ae.plan),
    patterns: PATTERN_PRESETS.map((p) => ({
      id: p.id,
      name: w.patterns[p.id as PatternId].name,
      story: w.patterns[p.id as PatternId].story(money),
      deals: p.deals.map((d) => ({ ...d, label: d.label ? label(d.id) : '', cancelledIn: d.cancelledIn ?? null })),
    })),
    marketer: { role: w.marketerRole, ...DEFAULT_SALARY },
    moment: { at: 95, deal: 15_000, discount: 15 },
    scenarios: [
      { id: 'last-day', prompt: w.lastDay.prompt(money), options: opts('a', w.lastDay.options) },
      { id: 'workshop-invite', prompt: w.scenarios['workshop-invite'].prompt, options: opts('b', w.scenarios['workshop-invite'].options) },
      { id: 'capped', prompt: w.scenarios.capped.prompt, options: opts('c', w.scenarios.capped.options) },
      { id: 'late-lead', prompt: w.scenarios['late-lead'].prompt, options: opts('d', w.scenarios['late-lead'].options) },
    ],
  };
}

export const comp = defineActivity({
  kind: 'comp',
  label: 'Sales compensation 101',
  description: 'See how a rep is paid: the payout curve, a lumpy year of paychecks next to a salary, and what 95 % on the last day does to behaviour.',
  defaultTitle: 'How sales gets paid',
  defaultMinutes: 30,
  /** 2: currency as an ISO code, the threshold rule and how the cap is written (issue #14). */
  configVersion: 2,
  configSchema: CompConfig,
  defaultConfig: defaultCompConfig,
  migrateConfig: migrateCompConfig,
  withCurrency,
  responses: compResponses,
  board: { schema: CompBoard, initial: initialCompBoard, title: 'On the projector' },
  guide: compGuide,
  report: compReport,
  /** Phones see which poll is open, nothing else. */
  shared: (config, board) => ({ scenarioId: openScenario(config, board)?.id ?? null }),
  /** Only the situation on the projector's poll: none before the facilitator opens one. */
  participantConfig: (config, board): CompParticipantConfig => {
    const open = openScenario(config, board);
    return { scenarios: open ? [open] : [] };
  },
  describeResponse(config, itemKey, value) {
    const s = config.scenarios.find((x) => x.id === itemKey);
    const choice = (value as { option?: string } | null)?.option;
    return { item: s?.prompt ?? itemKey, value: s?.options.find((o) => o.id === choice)?.text ?? String(choice ?? '') };
  },
});
