import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CompConfig } from './definition';
import { capAttainment, paychecks, payoutCurve, salaryChecks, tierSummary, type Deal } from './maths';
import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';
import { select } from '@lingui/core/macro';
import { roomMoney, roomPct, roomShortMoney, roomThreshold } from './room-words';

// Two SVG charts drawn in their own units (1600 wide), so they scale with the
// screen: at 1920 px a 30-unit label is about 34 px. Colours come from the
// surface (projector dark, console light); each series also has a shape.

const MIN_W = 1600;
const MAX_W = 3200;

/**
 * The chart's width in its own units, from the box the screen gives it: the chart's height (H
 * units) fills the box's height, and the width stretches to the box's width (1600–3200 units),
 * so a wide projector gets a wide chart instead of a 1600-unit one centred in empty space,
 * with text that keeps its size. Where the box follows the chart (height: auto) it stays put.
 */
function useChartWidth(H: number): [number, RefObject<SVGSVGElement | null>] {
  const ref = useRef<SVGSVGElement | null>(null);
  const [width, setWidth] = useState(MIN_W);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) setWidth(Math.round(Math.min(MAX_W, Math.max(MIN_W, (H * box.width) / box.height))));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [H]);
  return [width, ref];
}

/** A round step for about five ticks. */
function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
}

/**
 * Room left of the plot for the y axis's labels (30 px type, at most 0.6 em a character, and their 16 px gap), at
 * least `min`: Spanish short amounts ("100 mil US$") are longer than English ones ("$100K") and ran off the screen.
 */
const axisRoom = (labels: readonly string[], min: number): number => Math.max(min, Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * 18 + 24));

export const marketerTotal = (c: CompConfig) => c.marketer.salary * (1 + (c.marketer.bonusPercent / 100) * (c.marketer.bonusPaidPercent / 100));

/** Pay for a year (y) against quota attainment 0–200 % (x), tiers shaded and named. */
export function PayoutCurve({ config, compact = false }: { config: CompConfig; compact?: boolean }) {
  const id = useId();
  const { t, i18n } = useLingui();
  const money = (n: number) => roomMoney(i18n, config.currency, n);
  const shortMoney = (n: number) => roomShortMoney(i18n, config.currency, n);
  const pct = (n: number) => roomPct(i18n, n);
  const plan = config.plan;
  const H = compact ? 560 : 620;
  const [W, chart] = useChartWidth(H);
  const R = 60;
  const T = 78;
  const B = 86;
  const ph = H - T - B;
  const curve = payoutCurve(plan, 0, 200, 0.5);
  const mk = marketerTotal(config);
  const top = Math.max(mk, ...curve.map((p) => p.annual));
  const step = niceStep(top);
  const yMax = Math.ceil((top * 1.08) / step) * step;
  const L = axisRoom(
    Array.from({ length: Math.floor(yMax / step) + 1 }, (_, i) => shortMoney(i * step)),
    170,
  );
  const pw = W - L - R;
  const x = (a: number) => L + (Math.min(200, a) / 200) * pw;
  const y = (v: number) => T + ph - (v / yMax) * ph;
  const path = curve.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.attainment).toFixed(1)},${y(p.annual).toFixed(1)}`).join(' ');
  const cap = capAttainment(plan);
  const tiers = tierSummary(plan).filter((t) => t.from < 200);
  const ote = plan.base + plan.variable;
  const role = config.role;
  const period = config.plan.period;
  const yTicks = Array.from({ length: Math.floor(yMax / step) + 1 }, (_, i) => i * step);
  const oteMoney = money(ote);
  const capAt = cap !== null ? pct(cap) : '';
  const end = money(curve.at(-1)!.annual);
  const endShort = shortMoney(curve.at(-1)!.annual);
  const marketer = money(mk);
  const describe = [
    plan.threshold > 0 ? `${roomThreshold(i18n, config)}.` : '',
    t`At 100% the rep earns ${oteMoney}.`,
    ...tiers
      .filter((tier) => tier.multiplier > 1)
      .map((tier) => {
        const from = pct(tier.from);
        const times = i18n.number(tier.multiplier);
        return t`From ${from}, each sale pays ${times} times the rate.`;
      }),
    cap !== null && cap <= 200 ? t`Pay stops rising at ${capAt}: the cap.` : '',
    t`At 200%: ${end}. The marketer earns ${marketer} whatever happens.`,
  ]
    .filter(Boolean)
    .join(' ');

  // The marketer's label sits below its line (above it near the bottom); the end-of-curve callout above the curve's end.
  // When the two would overlap (the curve ends near the marketer's pay), the marketer's label takes the other side.
  const labels = (() => {
    const end = y(curve.at(-1)!.annual) - 24;
    const below = y(mk) + 40;
    const above = y(mk) - 16;
    const first = y(mk) > T + ph - 60 ? above : below;
    const clash = (at: number) => Math.abs(at - end) < 36;
    const marketer = clash(first) ? (first === below ? above : below) : first;
    return { marketer, end: clash(marketer) ? Math.min(end, marketer - 40) : end };
  })();
  return (
    <svg
      ref={chart}
      className="cgc-chart cgc-curve"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="xMinYMid meet"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{t`${role}: pay for a year at each level of quota attainment`}</title>
      <desc id={`${id}-d`}>{describe}</desc>
      {tiers.map((tier, i) => {
        const x0 = x(tier.from);
        const x1 = x(Math.min(tier.to, cap ?? Infinity, 200));
        if (x1 <= x0) return null;
        return (
          <g key={`${tier.from}`}>
            <rect x={x0} y={T} width={x1 - x0} height={ph} className={tier.paid ? `cgc-band cgc-band-${i % 2}` : 'cgc-band cgc-band-none'} />
            <text x={(x0 + x1) / 2} y={T - 22} className="cgc-band-label" textAnchor="middle">
              {tier.paid ? `${i18n.number(tier.multiplier)}×` : t`Nothing paid`}
            </text>
          </g>
        );
      })}
      {cap !== null && cap < 200 ? <rect x={x(cap)} y={T} width={x(200) - x(cap)} height={ph} className="cgc-band cgc-band-cap" /> : null}
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} className="cgc-grid" />
          <text x={L - 16} y={y(v) + 10} className="cgc-tick" textAnchor="end">
            {shortMoney(v)}
          </text>
        </g>
      ))}
      {[0, 50, 100, 150, 200].map((a) => (
        <text key={a} x={x(a)} y={H - B + 40} className="cgc-tick" textAnchor="middle">
          {pct(a)}
        </text>
      ))}
      <text x={L + pw / 2} y={H - 8} className="cgc-axis" textAnchor="middle">
        {t`${select(period, {
          month: 'Quota attainment in a month, as if every month went the same way',
          quarter: 'Quota attainment in a quarter, as if every quarter went the same way',
          other: 'Quota attainment in a year, as if every year went the same way',
        })}`}
      </text>
      <line x1={x(100)} x2={x(100)} y1={T} y2={T + ph} className="cgc-quota" />
      <line x1={L} x2={W - R} y1={y(mk)} y2={y(mk)} className="cgc-marketer-line" />
      <text x={W - R - 8} y={labels.marketer} className="cgc-marketer-label" textAnchor="end">
        ● {config.marketer.role}: {shortMoney(mk)}
      </text>
      <path d={path} className="cgc-rep-line" />
      <circle cx={x(100)} cy={y(ote)} r={13} className="cgc-rep-dot" />
      <text x={x(100) - 20} y={y(ote) - 26} className="cgc-callout" textAnchor="end">
        ◆ {t`OTE`} {shortMoney(ote)}
      </text>
      <text x={x(200) - 8} y={labels.end} className="cgc-callout" textAnchor="end">
        {cap !== null && cap <= 200 ? t`Capped at ${capAt}: ${endShort}` : endShort}
      </text>
    </svg>
  );
}

/** Twelve monthly paychecks of a rep (deal pattern) beside a marketer's; each month's two amounts written under it. */
export function PaycheckChart({ config, deals, compact = false }: { config: CompConfig; deals: readonly Deal[]; compact?: boolean }) {
  const id = useId();
  const { t, i18n } = useLingui();
  const money = (n: number) => roomMoney(i18n, config.currency, n);
  const shortMoney = (n: number) => roomShortMoney(i18n, config.currency, n);
  const role = config.role;
  const marketer = config.marketer.role;
  const rep = paychecks(config.plan, deals);
  const mk = salaryChecks(config.marketer);
  // Rows under the months: the rep's amounts, the marketer's, the period's attainment, and clawbacks (a row of their own, so they never run into an attainment).
  const claws = rep.some((m) => m.clawback < 0);
  const H = (compact ? 600 : 680) + (claws ? 38 : 0);
  const [W, chart] = useChartWidth(H);
  const R = 20;
  const T = 60;
  const B = claws ? 214 : 176;
  const ph = H - T - B;
  const hi = Math.max(...rep.map((m) => m.total), ...mk.map((m) => m.total));
  const lo = Math.min(0, ...rep.map((m) => m.total));
  const step = niceStep(hi - lo);
  const yMax = Math.ceil((hi * 1.12) / step) * step;
  // Room under a negative paycheck for its label.
  const yMin = lo < 0 ? Math.floor((lo - (yMax - lo) * 0.14) / step) * step : 0;
  const ticks = Array.from({ length: Math.round((yMax - yMin) / step) + 1 }, (_, i) => yMin + i * step);
  const L = axisRoom(ticks.map(shortMoney), 150);
  const pw = W - L - R;
  const y = (v: number) => T + ph - ((v - yMin) / (yMax - yMin)) * ph;
  const slot = pw / 12;
  const bw = slot * 0.36;
  const row = (n: number) => H - B + 40 + n * 38;
  const describe = rep
    .map((m, i) => {
      const month = monthName(i18n, i, 'long');
      const repPay = money(m.total);
      const clawback = money(-m.clawback);
      const mkPay = money(mk[i]!.total);
      return m.clawback < 0
        ? t`${month}: ${role} ${repPay} after a clawback of ${clawback}; ${marketer} ${mkPay}.`
        : t`${month}: ${role} ${repPay}; ${marketer} ${mkPay}.`;
    })
    .join(' ');
  const everyPeriod = config.plan.period === 'quarter' ? 3 : config.plan.period === 'year' ? 12 : 1;
  return (
    <svg
      ref={chart}
      className="cgc-chart cgc-paychecks"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="xMinYMid meet"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{t`Twelve monthly paychecks: ${role} beside ${marketer}`}</title>
      <desc id={`${id}-d`}>{describe}</desc>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} className={v === 0 ? 'cgc-zero' : 'cgc-grid'} />
          <text x={L - 16} y={y(v) + 10} className="cgc-tick" textAnchor="end">
            {shortMoney(v)}
          </text>
        </g>
      ))}
      <text x={L - 16} y={row(1)} className="cgc-row-key cgc-row-key-rep" textAnchor="end">
        ◆
      </text>
      <text x={L - 16} y={row(2)} className="cgc-row-key cgc-row-key-mk" textAnchor="end">
        ●
      </text>
      {rep.map((m, i) => {
        const x0 = L + i * slot + slot * 0.1;
        const mid = L + i * slot + slot / 2;
        const mkTotal = mk[i]!.total;
        const negative = m.total < 0;
        const base = Math.min(m.base, Math.max(0, m.total));
        const extra = m.total - base;
        const clawedBack = shortMoney(m.clawback);
        return (
          <g key={m.month} data-month={m.month}>
            {negative ? (
              <>
                <rect x={x0} y={y(0)} width={bw} height={y(m.total) - y(0)} className="cgc-bar-negative" data-series="rep" />
                <text x={x0 + bw / 2} y={y(m.total) + 34} className="cgc-bar-value cgc-bar-value-negative" textAnchor="middle">
                  {shortMoney(m.total)}
                </text>
              </>
            ) : (
              <>
                <rect x={x0} y={y(base)} width={bw} height={y(0) - y(base)} className="cgc-bar-base" data-series="rep" />
                {extra > 0 ? <rect x={x0} y={y(m.total)} width={bw} height={y(base) - y(m.total)} className="cgc-bar-rep" /> : null}
              </>
            )}
            <rect x={x0 + bw + slot * 0.06} y={y(mkTotal)} width={bw} height={y(0) - y(mkTotal)} className="cgc-bar-mk" data-series="mk" />
            {mk[i]!.bonus > 0 ? (
              // Over its bar; in the last months it ends at the bar's right edge, so a longer word (German, the
              // pseudo-locale) stays inside the chart rather than running off the screen's right edge.
              <text
                x={i >= rep.length - 2 ? x0 + bw * 2 + slot * 0.06 : x0 + bw * 1.5 + slot * 0.06}
                y={y(mkTotal) - 12}
                className="cgc-bar-value cgc-bar-value-mk"
                textAnchor={i >= rep.length - 2 ? 'end' : 'middle'}
              >
                {t`+bonus`}
              </text>
            ) : null}
            <text x={mid} y={row(0)} className="cgc-tick" textAnchor="middle">
              {monthName(i18n, i, 'short')}
            </text>
            <text x={mid} y={row(1)} className="cgc-row-value cgc-row-value-rep" textAnchor="middle">
              {rowMoney(i18n, config, m.total)}
            </text>
            <text x={mid} y={row(2)} className="cgc-row-value cgc-row-value-mk" textAnchor="middle">
              {rowMoney(i18n, config, mkTotal)}
            </text>
            {m.clawback < 0 ? (
              <text x={mid} y={row(4)} className="cgc-claw" textAnchor="middle">
                {t`${clawedBack} back`}
              </text>
            ) : null}
            {m.periodAttainment > 0 && (i + 1) % everyPeriod === 0 ? (
              <text x={mid} y={row(3)} className="cgc-att" textAnchor="middle">
                {config.plan.period === 'quarter' ? `Q${Math.ceil(m.month / 3)} ` : ''}
                {roomPct(i18n, Math.round(m.periodAttainment))}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** A month's amount in the rows under the chart: whole thousands from 10,000 up so every currency fits its month. */
function rowMoney(i18n: I18n, config: CompConfig, n: number): string {
  return roomShortMoney(i18n, config.currency, Math.abs(n) >= 10_000 ? Math.round(n / 1000) * 1000 : n);
}

/** "Jan" / "Jan." / "janv." (short) or "January" / "Januar" (long), in the room's language. */
const monthName = (i18n: I18n, index: number, month: 'short' | 'long'): string => i18n.date(new Date(Date.UTC(2027, index, 1)), { month, timeZone: 'UTC' });
