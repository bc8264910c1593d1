import { useId, useState } from 'react';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { COMP_VIEWS, readCompBoard, type CompBoard, type CompConfig, type CompView } from './definition';
import type { PollTally } from './logic';
import { lastDayMoment, paychecks, salaryChecks } from './maths';
import { roomCap, roomMoney, roomPct, roomThreshold } from './room-words';
import './comp.css';

const VIEW_LABEL: Record<CompView, MessageDescriptor> = {
  curve: msg`Payout curve`,
  paycheck: msg`Twelve paychecks`,
  moment: msg`Last day of the quarter`,
  poll: msg`Poll: what would you do?`,
};

/** What the announcement says the projector now shows. */
const VIEW_SHOWN: Record<CompView, MessageDescriptor> = {
  curve: msg`The projector shows the payout curve.`,
  paycheck: msg`The projector shows the twelve paychecks.`,
  moment: msg`The projector shows the last day of the quarter.`,
  poll: msg`The projector shows the poll: what would you do?`,
};

/** The facilitator picks what the projector shows, which poll is open, and writes the takeaways. */
export function CompBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<CompConfig, PollTally, CompBoard>) {
  const board = readCompBoard(raw);
  const patternSel = useId();
  const scenarioSel = useId();
  const takeawayId = useId();
  const [draft, setDraft] = useState('');
  const { t, i18n } = useLingui();
  const tally = results.aggregate?.overall;
  const commit = (next: CompBoard, message: string) => {
    // Remember every pattern put on the projector: the report shows them all, not only the last.
    const shown = next.shownPatterns ?? [];
    if (next.view === 'paycheck' && next.patternId && !shown.includes(next.patternId)) next = { ...next, shownPatterns: [...shown, next.patternId].slice(-8) };
    onChange(next);
    announce(message);
  };
  const pattern = config.patterns.find((p) => p.id === board.patternId) ?? config.patterns[0];
  const scenarioId = board.scenarioId ?? config.scenarios[0]?.id ?? null;

  const addTakeaway = () => {
    const text = draft.trim().slice(0, 200);
    if (!text || board.takeaways.includes(text)) return;
    commit({ ...board, takeaways: [...board.takeaways, text] }, t`Added the takeaway: ${text}.`);
    setDraft('');
  };

  return (
    <Surface kind="console" className="cgc-board">
      <div className="cgc-board-row" role="group" aria-label={t`On the projector`}>
        {COMP_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            className={`cgv-btn${board.view === v ? ' cgv-btn-primary' : ''}`}
            aria-pressed={board.view === v}
            disabled={v === 'poll' && config.scenarios.length === 0}
            onClick={() =>
              commit(
                {
                  ...board,
                  view: v,
                  scenarioId: v === 'poll' ? scenarioId : board.scenarioId,
                  patternId: v === 'paycheck' ? (pattern?.id ?? null) : board.patternId,
                },
                i18n._(VIEW_SHOWN[v]),
              )
            }
          >
            {i18n._(VIEW_LABEL[v])}
          </button>
        ))}
      </div>

      <div className="cgc-board-row">
        <label htmlFor={patternSel}>
          <Trans>Deal pattern</Trans>
        </label>
        <select
          id={patternSel}
          className="cgv-select"
          value={pattern?.id ?? ''}
          onChange={(e) => {
            const p = config.patterns.find((x) => x.id === e.target.value);
            const name = p?.name;
            if (p) commit({ ...board, patternId: p.id, view: 'paycheck' }, t`The projector shows twelve paychecks for ${name}.`);
          }}
        >
          {config.patterns.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {config.scenarios.length > 0 ? (
          <>
            <label htmlFor={scenarioSel}>
              <Trans>Open poll</Trans>
            </label>
            <select
              id={scenarioSel}
              className="cgv-select cgc-scenario-select"
              value={scenarioId ?? ''}
              onChange={(e) => {
                const s = config.scenarios.find((x) => x.id === e.target.value);
                const prompt = s?.prompt;
                if (s) commit({ ...board, scenarioId: s.id, view: 'poll' }, t`Opened the poll: ${prompt}`);
              }}
            >
              {config.scenarios.map((s, i) => {
                const n = tally?.scenarios.find((x) => x.id === s.id)?.n ?? 0;
                const prompt = s.prompt.length > 70 ? `${s.prompt.slice(0, 68)}…` : s.prompt;
                return (
                  <option key={s.id} value={s.id}>
                    {i + 1}. {prompt} ({t`${n} answered`})
                  </option>
                );
              })}
            </select>
          </>
        ) : null}
      </div>

      <TalkingPoints config={config} board={board} />

      <section className="cgc-board-takeaways" aria-labelledby={`${takeawayId}-h`}>
        <h3 id={`${takeawayId}-h`} className="cgv-section-title">
          <Trans>So what for marketing</Trans>
        </h3>
        {board.takeaways.length === 0 ? (
          <p className="cgv-muted">
            <Trans>Write the room’s takeaways here; they go into the report.</Trans>
          </p>
        ) : null}
        <ul className="cgc-takeaway-list">
          {board.takeaways.map((takeaway, i) => (
            <li key={takeaway} className="cgc-takeaway">
              <span>{takeaway}</span>
              <button
                type="button"
                className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                aria-label={t`Remove the takeaway: ${takeaway}`}
                onClick={() => commit({ ...board, takeaways: board.takeaways.filter((_, j) => j !== i) }, t`Removed the takeaway: ${takeaway}.`)}
              >
                <Trans>Remove</Trans>
              </button>
            </li>
          ))}
        </ul>
        <form
          className="cgv-inline"
          onSubmit={(e) => {
            e.preventDefault();
            addTakeaway();
          }}
        >
          <label htmlFor={takeawayId} className="cgv-sr">
            <Trans>New takeaway</Trans>
          </label>
          <input
            id={takeawayId}
            className="cgv-input"
            maxLength={200}
            value={draft}
            placeholder={t`e.g. No campaign launches in the last two weeks of a quarter`}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="cgv-btn cgv-btn-primary" disabled={!draft.trim() || board.takeaways.length >= 12}>
            <Trans>Add</Trans>
          </button>
        </form>
      </section>
    </Surface>
  );
}

/** A few numbers to say out loud for the view on screen. */
function TalkingPoints({ config, board }: { config: CompConfig; board: CompBoard }) {
  const { t, i18n } = useLingui();
  const money = (n: number) => roomMoney(i18n, config.currency, n);
  const month = (m: number) => i18n.date(new Date(Date.UTC(2027, m - 1, 1)), { month: 'short', timeZone: 'UTC' });
  let text = '';
  if (board.view === 'paycheck') {
    const pattern = config.patterns.find((p) => p.id === board.patternId) ?? config.patterns[0];
    if (pattern) {
      const months = paychecks(config.plan, pattern.deals);
      const low = months.reduce((a, m) => (m.total < a.total ? m : a));
      const high = months.reduce((a, m) => (m.total > a.total ? m : a));
      const year = months.reduce((s, m) => s + m.total, 0);
      const variable = months.reduce((s, m) => s + m.total - m.base, 0);
      const mkYear = salaryChecks(config.marketer).reduce((s, m) => s + m.total, 0);
      const lowMonth = month(low.month);
      const lowPay = money(low.total);
      const highMonth = month(high.month);
      const highPay = money(high.total);
      const yearPay = money(year);
      const variablePay = money(variable);
      const target = money(config.plan.variable);
      const marketer = config.marketer.role;
      const marketerPay = money(mkYear);
      text = t`Lowest: ${lowMonth} ${lowPay}. Highest: ${highMonth} ${highPay}. Year: ${yearPay}, of which variable ${variablePay} (target ${target}). ${marketer}: ${marketerPay}.`;
    }
  } else if (board.view === 'moment') {
    const m = lastDayMoment(config.plan, config.moment.at, config.moment.deal, config.moment.discount);
    const today = money(m.today);
    const rate = roomPct(i18n, Math.round(m.effectiveRate * 1000) / 10);
    const normal = roomPct(i18n, Math.round(m.baseRate * 1000) / 10);
    const later = money(m.nextPeriod);
    text = t`Today ${today} (${rate} of the deal, against ${normal} normally); after midnight ${later} at best.`;
  } else if (board.view === 'curve') {
    const p = config.plan;
    const ote = money(p.base + p.variable);
    const variable = money(p.variable);
    const rules = [roomThreshold(i18n, config), roomCap(i18n, config)].filter(Boolean).join('. ');
    const ask = t`Walk the curve left to right and ask: where would you want to be on the last day?`;
    text = [t`At 100%: ${ote} a year, of which variable ${variable}.`, rules ? `${rules}.` : '', ask].filter(Boolean).join(' ');
  } else {
    text = t`Give people a minute to answer, then reveal the split by team and ask each side to explain the other’s answer.`;
  }
  return <p className="cgc-talking">{text}</p>;
}
