import { Trans, useLingui } from '@lingui/react/macro';
import { select } from '@lingui/core/macro';
import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readCompBoard, type CompConfig } from './definition';
import { PaycheckChart, PayoutCurve } from './charts';
import { lastDayMoment, paychecks, salaryChecks } from './maths';
import { periodPhrase, roomCap, roomMoney, roomPct, roomRate, roomShortMoney, roomThreshold, roomUnits } from './room-words';
import './comp.css';

/** The projector: whichever view the facilitator picked on the board (the curve to start with). */
export function CompPresenter({ config, board }: PresenterViewProps<CompConfig>) {
  const b = readCompBoard(board);
  return (
    <Surface kind="projector" className="cgc">
      {b.view === 'paycheck' ? (
        <PaycheckSlide config={config} patternId={b.patternId} />
      ) : b.view === 'moment' ? (
        <MomentSlide config={config} />
      ) : b.view === 'poll' ? (
        <PollSlide config={config} scenarioId={b.scenarioId} />
      ) : (
        <CurveSlide config={config} />
      )}
    </Surface>
  );
}

export function PlanChips({ config }: { config: CompConfig }) {
  const p = config.plan;
  const { t, i18n } = useLingui();
  const ote = p.base + p.variable;
  const split = ote > 0 ? `${Math.round((p.base / ote) * 100)}/${Math.round((p.variable / ote) * 100)}` : '';
  const variable = roomMoney(i18n, config.currency, p.variable);
  const quota = roomUnits(i18n, config, p.quota);
  return (
    <ul className="cgc-chips" aria-label={t`The plan`}>
      <li className="cgc-chip">
        <span className="cgc-chip-key">
          <Trans>OTE</Trans>
        </span>{' '}
        {roomMoney(i18n, config.currency, ote)}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">
          <Trans>Base/variable</Trans>
        </span>{' '}
        {split}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">
          <Trans>Variable</Trans>
        </span>{' '}
        {t`${variable} a year`}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">
          <Trans>Quota</Trans>
        </span>{' '}
        {t`${quota} a year`}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">
          <Trans>Pays</Trans>
        </span>{' '}
        {roomRate(i18n, config)}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">
          <Trans>Resets</Trans>
        </span>{' '}
        {periodPhrase(i18n, p.period, 'every')}
      </li>
    </ul>
  );
}

/** The two rules people misread, in words: what the threshold pays once crossed, and where the cap sits. */
export function PlanRules({ config }: { config: CompConfig }) {
  const { i18n } = useLingui();
  const rules = [roomThreshold(i18n, config), roomCap(i18n, config)].filter((r): r is string => r !== null);
  if (rules.length === 0) return null;
  return <p className="cgc-rules">{rules.join('. ')}.</p>;
}

function CurveSlide({ config }: { config: CompConfig }) {
  return (
    <div className="cgc-slide">
      <p className="cgc-lead">
        <span className="cgc-rep">◆ {config.role}</span>: <Trans>pay for a year, by how much of quota they hit</Trans>
      </p>
      <PlanChips config={config} />
      <PlanRules config={config} />
      <PayoutCurve config={config} />
    </div>
  );
}

function PaycheckSlide({ config, patternId }: { config: CompConfig; patternId: string | null }) {
  const pattern = config.patterns.find((p) => p.id === patternId) ?? config.patterns[0]!;
  const rep = paychecks(config.plan, pattern.deals);
  const mk = salaryChecks(config.marketer);
  const low = Math.min(...rep.map((m) => m.total));
  const high = Math.max(...rep.map((m) => m.total));
  const bonus = mk.find((m) => m.bonus > 0);
  const { i18n } = useLingui();
  const short = (n: number) => roomShortMoney(i18n, config.currency, n);
  const lowest = short(low);
  const highest = short(high);
  const salary = short(mk[0]!.salary);
  const once = bonus ? short(bonus.bonus) : '';
  return (
    <div className="cgc-slide">
      <p className="cgc-lead">
        “{pattern.name}”{pattern.story ? <span className="cgc-story"> {pattern.story}</span> : null}
      </p>
      <ul className="cgc-legend">
        <li>
          <span className="cgc-swatch cgc-swatch-rep" aria-hidden="true" />
          <span className="cgc-rep">◆ {config.role}</span>:{' '}
          <Trans>
            {lowest} to {highest} a month
          </Trans>
          <span className="cgc-muted">
            {' '}
            <Trans>(lighter part: base)</Trans>
          </span>
        </li>
        <li>
          <span className="cgc-swatch cgc-swatch-mk" aria-hidden="true" />
          <span className="cgc-mk">● {config.marketer.role}</span>: <Trans>{salary} every month</Trans>
          {bonus ? (
            <span className="cgc-muted">
              , <Trans>+{once} bonus once</Trans>
            </span>
          ) : null}
        </li>
      </ul>
      <PaycheckChart config={config} deals={pattern.deals} />
    </div>
  );
}

function MomentSlide({ config }: { config: CompConfig }) {
  const m = lastDayMoment(config.plan, config.moment.at, config.moment.deal, config.moment.discount);
  const period = config.plan.period;
  const accelerated = m.effectiveRate > m.baseRate * 1.001;
  const { t, i18n } = useLingui();
  const money = (n: number) => roomMoney(i18n, config.currency, n);
  const deal = roomUnits(i18n, config, m.deal);
  const lifted = roomPct(i18n, m.withDeal);
  const off = roomPct(i18n, m.discount);
  const givenAway = money(m.discountCost);
  const lost = money(m.today - m.todayDiscounted);
  const threshold = roomPct(i18n, config.plan.threshold);
  return (
    <div className="cgc-slide cgc-moment">
      <p className="cgc-moment-hero">
        <span className="cgc-moment-big">{roomPct(i18n, m.at)}</span> <Trans>of quota.</Trans> {periodPhrase(i18n, period, 'lastDay')}
      </p>
      <p className="cgc-lead">
        <Trans>A {deal} deal is on the table. What is it worth to the rep?</Trans>
      </p>
      <ul className="cgc-moment-cards">
        <li className="cgc-moment-card cgc-moment-today">
          <span className="cgc-moment-when">
            <Trans>Signed today</Trans>
          </span>
          <span className="cgc-moment-num">+{money(m.today)}</span>
          <span className="cgc-moment-why">
            {m.today === 0
              ? t`${select(period, { month: 'Already past the cap: it pays nothing this month', quarter: 'Already past the cap: it pays nothing this quarter', other: 'Already past the cap: it pays nothing this year' })}`
              : accelerated
                ? t`${select(period, { month: `It lifts the month to ${lifted}: the part above quota pays more`, quarter: `It lifts the quarter to ${lifted}: the part above quota pays more`, other: `It lifts the year to ${lifted}: the part above quota pays more` })}`
                : t`${select(period, { month: `It lifts the month to ${lifted}`, quarter: `It lifts the quarter to ${lifted}`, other: `It lifts the year to ${lifted}` })}`}
          </span>
        </li>
        {m.discount > 0 && !config.unit ? (
          <li className="cgc-moment-card">
            <span className="cgc-moment-when">
              <Trans>Today, {off} off</Trans>
            </span>
            <span className="cgc-moment-num">+{money(m.todayDiscounted)}</span>
            <span className="cgc-moment-why">
              <Trans>
                The company gives away {givenAway}; the rep loses {lost}
              </Trans>
            </span>
          </li>
        ) : null}
        <li className="cgc-moment-card cgc-moment-later">
          <span className="cgc-moment-when">{periodPhrase(i18n, period, 'nextPeriod')}</span>
          <span className="cgc-moment-num">{money(m.nextPeriod)}</span>
          <span className="cgc-moment-why">
            {m.nextPeriodAtRisk
              ? t`${select(period, { month: `At best, and only once next month passes ${threshold}; the count restarts at zero`, quarter: `At best, and only once next quarter passes ${threshold}; the count restarts at zero`, other: `At best, and only once next year passes ${threshold}; the count restarts at zero` })}`
              : t`At the normal rate; the count restarts at zero`}
          </span>
        </li>
      </ul>
    </div>
  );
}

function PollSlide({ config, scenarioId }: { config: CompConfig; scenarioId: string | null }) {
  const s = config.scenarios.find((x) => x.id === scenarioId) ?? config.scenarios[0];
  if (!s)
    return (
      <p className="cgc-lead">
        <Trans>No questions planned.</Trans>
      </p>
    );
  return (
    <div className="cgc-slide cgc-poll">
      <p className="cgc-poll-prompt">{s.prompt}</p>
      <ol className="cgc-poll-options">
        {s.options.map((o, i) => (
          <li key={o.id} className="cgc-poll-option">
            <span className="cgc-poll-letter" aria-hidden="true">
              {String.fromCharCode(65 + i)}
            </span>
            {o.text}
          </li>
        ))}
      </ol>
      <p className="cgc-muted cgc-poll-rule">
        <Trans>What would you do now? Answer on your phone.</Trans>
      </p>
    </div>
  );
}
