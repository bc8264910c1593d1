import { useId, useState } from 'react';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { COMP_VIEWS, readCompBoard, type CompBoard, type CompConfig, type CompView } from './definition';
import type { PollTally } from './logic';
import { lastDayMoment, paychecks, salaryChecks } from './maths';
import { MONTHS, capShort, money, pct, thresholdShort } from './format';
import './comp.css';

const VIEW_LABEL: Record<CompView, string> = {
  curve: 'Payout curve',
  paycheck: 'Twelve paychecks',
  moment: 'Last day of the quarter',
  poll: 'Poll: what would you do?',
};

/** The facilitator picks what the projector shows, which poll is open, and writes the takeaways. */
export function CompBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<CompConfig, PollTally, CompBoard>) {
  const board = readCompBoard(raw);
  const patternSel = useId();
  const scenarioSel = useId();
  const takeawayId = useId();
  const [draft, setDraft] = useState('');
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
    commit({ ...board, takeaways: [...board.takeaways, text] }, `Added the takeaway: ${text}.`);
    setDraft('');
  };

  return (
    <Surface kind="console" className="cgc-board">
      <div className="cgc-board-row" role="group" aria-label="On the projector">
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
                `The projector shows the ${VIEW_LABEL[v].toLowerCase()}.`,
              )
            }
          >
            {VIEW_LABEL[v]}
          </button>
        ))}
      </div>

      <div className="cgc-board-row">
        <label htmlFor={patternSel}>Deal pattern</label>
        <select
          id={patternSel}
          className="cgv-select"
          value={pattern?.id ?? ''}
          onChange={(e) => {
            const p = config.patterns.find((x) => x.id === e.target.value);
            if (p) commit({ ...board, patternId: p.id, view: 'paycheck' }, `The projector shows twelve paychecks for ${p.name}.`);
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
            <label htmlFor={scenarioSel}>Open poll</label>
            <select
              id={scenarioSel}
              className="cgv-select cgc-scenario-select"
              value={scenarioId ?? ''}
              onChange={(e) => {
                const s = config.scenarios.find((x) => x.id === e.target.value);
                if (s) commit({ ...board, scenarioId: s.id, view: 'poll' }, `Opened the poll: ${s.prompt}`);
              }}
            >
              {config.scenarios.map((s, i) => {
                const n = tally?.scenarios.find((x) => x.id === s.id)?.n ?? 0;
                return (
                  <option key={s.id} value={s.id}>
                    {i + 1}. {s.prompt.length > 70 ? `${s.prompt.slice(0, 68)}…` : s.prompt} ({n} answered)
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
          So what for marketing
        </h3>
        {board.takeaways.length === 0 ? <p className="cgv-muted">Write the room’s takeaways here; they go into the report.</p> : null}
        <ul className="cgc-takeaway-list">
          {board.takeaways.map((t, i) => (
            <li key={t} className="cgc-takeaway">
              <span>{t}</span>
              <button
                type="button"
                className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                aria-label={`Remove the takeaway: ${t}`}
                onClick={() => commit({ ...board, takeaways: board.takeaways.filter((_, j) => j !== i) }, `Removed the takeaway: ${t}.`)}
              >
                Remove
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
            New takeaway
          </label>
          <input
            id={takeawayId}
            className="cgv-input"
            maxLength={200}
            value={draft}
            placeholder="e.g. No campaign launches in the last two weeks of a quarter"
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="cgv-btn cgv-btn-primary" disabled={!draft.trim() || board.takeaways.length >= 12}>
            Add
          </button>
        </form>
      </section>
    </Surface>
  );
}

/** A few numbers to say out loud for the view on screen. */
function TalkingPoints({ config, board }: { config: CompConfig; board: CompBoard }) {
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
      text = `Lowest: ${MONTHS[low.month - 1]} ${money(config, low.total)}. Highest: ${MONTHS[high.month - 1]} ${money(config, high.total)}. Year: ${money(config, year)}, of which variable ${money(config, variable)} (target ${money(config, config.plan.variable)}). ${config.marketer.role}: ${money(config, mkYear)}.`;
    }
  } else if (board.view === 'moment') {
    const m = lastDayMoment(config.plan, config.moment.at, config.moment.deal, config.moment.discount);
    text = `Today ${money(config, m.today)} (${pct(Math.round(m.effectiveRate * 1000) / 10)} of the deal, against ${pct(Math.round(m.baseRate * 1000) / 10)} normally); after midnight ${money(config, m.nextPeriod)} at best.`;
  } else if (board.view === 'curve') {
    const p = config.plan;
    text = `At 100 %: ${money(config, p.base + p.variable)} a year, of which variable ${money(config, p.variable)}. ${[thresholdShort(config), capShort(config)].filter(Boolean).join('. ')}${p.threshold > 0 || p.cap !== null ? '. ' : ''}Walk the curve left to right and ask: where would you want to be on the last day?`;
  } else {
    text = 'Give people a minute to answer, then reveal the split by team and ask each side to explain the other’s answer.';
  }
  return <p className="cgc-talking">{text}</p>;
}
