import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readCompBoard, type CompConfig } from './definition';
import { PaycheckChart, PayoutCurve } from './charts';
import { lastDayMoment, paychecks, salaryChecks } from './maths';
import { PERIOD_WORD, capShort, money, pct, rateWords, shortMoney, thresholdShort, units } from './format';
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
  const ote = p.base + p.variable;
  const split = ote > 0 ? `${Math.round((p.base / ote) * 100)}/${Math.round((p.variable / ote) * 100)}` : '';
  return (
    <ul className="cgc-chips" aria-label="The plan">
      <li className="cgc-chip">
        <span className="cgc-chip-key">OTE</span> {money(config, ote)}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">Base/variable</span> {split}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">Variable</span> {money(config, p.variable)} a year
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">Quota</span> {units(config, p.quota)} a year
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">Pays</span> {rateWords(config)}
      </li>
      <li className="cgc-chip">
        <span className="cgc-chip-key">Resets</span> every {PERIOD_WORD[p.period]}
      </li>
    </ul>
  );
}

/** The two rules people misread, in words: what the threshold pays once crossed, and where the cap sits. */
export function PlanRules({ config }: { config: CompConfig }) {
  const rules = [thresholdShort(config), capShort(config)].filter((r): r is string => r !== null);
  if (rules.length === 0) return null;
  return <p className="cgc-rules">{rules.join('. ')}.</p>;
}

function CurveSlide({ config }: { config: CompConfig }) {
  return (
    <div className="cgc-slide">
      <p className="cgc-lead">
        <span className="cgc-rep">◆ {config.role}</span>: pay for a year, by how much of quota they hit
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
  return (
    <div className="cgc-slide">
      <p className="cgc-lead">
        “{pattern.name}”{pattern.story ? <span className="cgc-story"> {pattern.story}</span> : null}
      </p>
      <ul className="cgc-legend">
        <li>
          <span className="cgc-swatch cgc-swatch-rep" aria-hidden="true" />
          <span className="cgc-rep">◆ {config.role}</span>: {shortMoney(config, low)} to {shortMoney(config, high)} a month
          <span className="cgc-muted"> (lighter part: base)</span>
        </li>
        <li>
          <span className="cgc-swatch cgc-swatch-mk" aria-hidden="true" />
          <span className="cgc-mk">● {config.marketer.role}</span>: {shortMoney(config, mk[0]!.salary)} every month
          {bonus ? <span className="cgc-muted">, +{shortMoney(config, bonus.bonus)} bonus once</span> : null}
        </li>
      </ul>
      <PaycheckChart config={config} deals={pattern.deals} />
    </div>
  );
}

function MomentSlide({ config }: { config: CompConfig }) {
  const m = lastDayMoment(config.plan, config.moment.at, config.moment.deal, config.moment.discount);
  const word = PERIOD_WORD[config.plan.period];
  const accelerated = m.effectiveRate > m.baseRate * 1.001;
  return (
    <div className="cgc-slide cgc-moment">
      <p className="cgc-moment-hero">
        <span className="cgc-moment-big">{pct(m.at)}</span> of quota. Last day of the {word}.
      </p>
      <p className="cgc-lead">A {units(config, m.deal)} deal is on the table. What is it worth to the rep?</p>
      <ul className="cgc-moment-cards">
        <li className="cgc-moment-card cgc-moment-today">
          <span className="cgc-moment-when">Signed today</span>
          <span className="cgc-moment-num">+{money(config, m.today)}</span>
          <span className="cgc-moment-why">
            {m.today === 0
              ? 'Already past the cap: it pays nothing this ' + word
              : accelerated
                ? `It lifts the ${word} to ${pct(m.withDeal)}: the part above quota pays more`
                : `It lifts the ${word} to ${pct(m.withDeal)}`}
          </span>
        </li>
        {m.discount > 0 && !config.unit ? (
          <li className="cgc-moment-card">
            <span className="cgc-moment-when">Today, {pct(m.discount)} off</span>
            <span className="cgc-moment-num">+{money(config, m.todayDiscounted)}</span>
            <span className="cgc-moment-why">
              The company gives away {money(config, m.discountCost)}; the rep loses {money(config, m.today - m.todayDiscounted)}
            </span>
          </li>
        ) : null}
        <li className="cgc-moment-card cgc-moment-later">
          <span className="cgc-moment-when">Slips to next {word}</span>
          <span className="cgc-moment-num">{money(config, m.nextPeriod)}</span>
          <span className="cgc-moment-why">
            {m.nextPeriodAtRisk
              ? `At best, and only once next ${word} passes ${pct(config.plan.threshold)}; the count restarts at zero`
              : `At the normal rate; the count restarts at zero`}
          </span>
        </li>
      </ul>
    </div>
  );
}

function PollSlide({ config, scenarioId }: { config: CompConfig; scenarioId: string | null }) {
  const s = config.scenarios.find((x) => x.id === scenarioId) ?? config.scenarios[0];
  if (!s) return <p className="cgc-lead">No questions planned.</p>;
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
      <p className="cgc-muted cgc-poll-rule">What would you do now? Answer on your phone.</p>
    </div>
  );
}
