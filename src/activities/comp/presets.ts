import type { CompPlan, Deal, Salary } from './maths';
import { formatMoney, type CurrencyCode } from '../../shared/currency';

// Starting points for the simulator. Numbers are round on purpose: the room
// should be able to follow the arithmetic in their heads.

export interface PlanPreset {
  id: string;
  name: string;
  /** Who is on this plan, in a few words. */
  role: string;
  /** What is being counted against quota: '' = money booked, else a word like "meetings". */
  unit: string;
  plan: CompPlan;
}

export const PLAN_PRESETS: readonly PlanPreset[] = [
  {
    id: 'ae-50-50',
    name: 'Account executive, 50/50',
    role: 'Account executive',
    unit: '',
    plan: {
      base: 60_000,
      variable: 60_000,
      quota: 600_000,
      period: 'quarter',
      rate: null,
      threshold: 50,
      decelerators: [],
      accelerators: [
        { from: 100, multiplier: 1.5 },
        { from: 150, multiplier: 2 },
      ],
      cap: 250,
      capShownAs: 'multiple',
      thresholdRule: 'first-dollar',
      clawbackMonths: 6,
      draw: null,
    },
  },
  {
    id: 'sdr-70-30',
    name: 'SDR, 70/30',
    role: 'Sales development rep',
    unit: 'meetings',
    plan: {
      base: 49_000,
      variable: 21_000,
      quota: 168,
      period: 'month',
      rate: null,
      threshold: 50,
      decelerators: [],
      accelerators: [{ from: 100, multiplier: 1.25 }],
      cap: 200,
      capShownAs: 'multiple',
      thresholdRule: 'first-dollar',
      clawbackMonths: 0,
      draw: { monthly: 1_750, months: 3, recoverable: false },
    },
  },
  {
    id: 'ae-60-40-decel',
    name: 'Account executive, 60/40 with a decelerator',
    role: 'Account executive',
    unit: '',
    plan: {
      base: 72_000,
      variable: 48_000,
      quota: 480_000,
      period: 'quarter',
      rate: null,
      threshold: 0,
      decelerators: [{ upTo: 50, multiplier: 0.5 }],
      accelerators: [{ from: 100, multiplier: 2 }],
      cap: null,
      capShownAs: 'multiple',
      thresholdRule: 'first-dollar',
      clawbackMonths: 3,
      draw: null,
    },
  },
];

export interface PatternPreset {
  id: string;
  name: string;
  /** One line the facilitator can read out, in the workshop's currency. */
  story(currency: CurrencyCode): string;
  /** The story as the app wrote it before it knew the currency (read when older configs are brought up to date). */
  legacyStory?: string;
  deals: Deal[];
}

const d = (id: string, month: number, amount: number, label = '', cancelledIn: number | null = null): Deal => ({ id, month, amount, label, cancelledIn });

/** Deal patterns sized for the 50/50 account executive (quarterly quota 150,000). */
export const PATTERN_PRESETS: readonly PatternPreset[] = [
  {
    id: 'slip',
    name: 'Big deal slips a quarter',
    story: (c) => `A ${formatMoney(c, 90_000)} deal was meant to close in March. Legal needed three more weeks.`,
    legacyStory: 'A 90,000 deal was meant to close in March. Legal needed three more weeks.',
    deals: [
      d('s1', 1, 40_000),
      d('s2', 2, 30_000),
      d('s3', 3, 5_000),
      d('s4', 4, 90_000, 'The deal that slipped'),
      d('s5', 4, 20_000),
      d('s6', 5, 30_000),
      d('s7', 6, 40_000),
      d('s8', 7, 50_000),
      d('s9', 8, 50_000),
      d('s10', 9, 50_000),
      d('s11', 10, 50_000),
      d('s12', 11, 50_000),
      d('s13', 12, 50_000),
    ],
  },
  {
    id: 'dry',
    name: 'Strong start, then a dry spell',
    story: () => 'Two big wins in January, then the pipeline ran dry until the autumn.',
    deals: [
      d('t1', 1, 120_000, 'Two big wins'),
      d('t2', 2, 90_000),
      d('t3', 3, 30_000),
      d('t4', 4, 10_000),
      d('t5', 5, 20_000),
      d('t6', 6, 15_000),
      d('t7', 8, 35_000),
      d('t8', 9, 60_000),
      d('t9', 10, 50_000),
      d('t10', 11, 60_000),
      d('t11', 12, 70_000),
    ],
  },
  {
    id: 'clawback',
    name: 'A customer cancels',
    story: (c) => `A ${formatMoney(c, 60_000)} deal signed in February is cancelled in May. The commission goes back.`,
    legacyStory: 'A 60,000 deal signed in February is cancelled in May. The commission goes back.',
    deals: [
      d('c1', 1, 50_000),
      d('c2', 2, 60_000, 'Cancelled in May', 5),
      d('c3', 3, 40_000),
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => d(`c${m}`, m, 50_000)),
    ],
  },
  {
    id: 'steady',
    name: 'Steady months',
    story: () => 'Exactly on plan every month: what the plan was designed for, and rarely what happens.',
    deals: Array.from({ length: 12 }, (_, i) => d(`e${i + 1}`, i + 1, 50_000)),
  },
];

export const DEFAULT_SALARY: Salary = { salary: 90_000, bonusPercent: 10, bonusPaidPercent: 100, bonusMonth: 12 };

/**
 * Deal sizes resized from one yearly quota to another, so a plan that counts
 * meetings (quota 168 a year) gets patterns in meetings, not in dollars.
 * Whole units, at least 1 for a deal that was there.
 */
export function resizeAmount(amount: number, fromQuota: number, toQuota: number): number {
  if (fromQuota <= 0 || toQuota <= 0 || fromQuota === toQuota) return amount;
  return Math.max(1, Math.round((amount * toQuota) / fromQuota));
}

/** The first poll's situation, naming the deal in the workshop's currency. */
export const LAST_DAY_POLL = {
  text: (c: CurrencyCode) =>
    `Last day of the quarter. You are at 95 %. A buyer will sign a ${formatMoney(c, 15_000)} deal today for 15 % off, or next week at full price. What do you do?`,
};

/** Texts the app wrote with an amount in them: when the currency changes, the ones still as written follow it. */
export const CURRENCY_TEXTS: readonly { text(c: CurrencyCode): string; legacyText?: string }[] = [
  ...PATTERN_PRESETS.map((p) => ({ text: p.story, legacyText: p.legacyStory })),
  LAST_DAY_POLL,
];
