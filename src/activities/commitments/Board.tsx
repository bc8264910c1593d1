import { useId, useState } from 'react';
import type { ActionItem } from '../../shared/domain';
import { TEAM_MARK } from '../../shared/domain';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readCommitmentsBoard, agreed, type CommitmentsBoard, type CommitmentsConfig, type Meeting, type WeeklyReport } from './definition';
import type { CommitmentsTally } from './logic';
import { WEEKDAYS, firstWeekday, newId, nextWorkday, spreadDates, suggestPairs, type Person } from './board';
import { OTHER, TEAM } from './words';
import './commitments.css';
import { plural } from '../kit/numbers';

const isoToday = () => new Date().toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Where the facilitator turns the room's answers into the commitments list. */
export function CommitmentsBoardView({
  config,
  results,
  board: raw,
  onChange,
  announce,
  participants = [],
  actionItems,
}: BoardViewProps<CommitmentsConfig, CommitmentsTally, CommitmentsBoard>) {
  const board = readCommitmentsBoard(raw);
  const plan = agreed(config, raw);
  const tally = results.aggregate?.overall;
  const people: Person[] = participants.map((p) => ({ id: p.id, name: p.name, team: p.team }));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'Someone';
  const optedIn = new Set((tally?.shadowIn ?? []).map((s) => s.participantId));
  const declined = new Set(tally?.shadowDeclined ?? []);
  const commit = (next: Partial<CommitmentsBoard>, message: string) => {
    onChange({ ...board, ...next });
    announce(message);
  };
  const setReports = (reports: WeeklyReport[], message: string) => commit({ reports }, message);
  const setMeeting = (meeting: Meeting, message: string) => commit({ meeting }, message);

  const suggest = () => {
    const { pairs, unpaired } = suggestPairs(people, optedIn, board.pairs, declined);
    const paired = new Set(board.pairs.flatMap((p) => [p.sales.id, p.marketing.id]));
    const leftOut = people.filter((p) => declined.has(p.id) && !paired.has(p.id)).length;
    const notAsked = optedIn.size > 0 ? people.filter((p) => p.team !== 'other' && !optedIn.has(p.id) && !declined.has(p.id) && !paired.has(p.id)).length : 0;
    if (pairs.length === 0) {
      announce(
        leftOut > 0
          ? `No one else to pair: ${plural(leftOut, 'person', 'people')} said “not this time”. Pair them by hand if they change their mind.`
          : board.pairs.length > 0
            ? 'Everyone who can be paired already is.'
            : 'Pairs need at least one person from Sales and one from Marketing on the roster.',
      );
      return;
    }
    const dates = config.shadowFrom
      ? spreadDates(config.shadowFrom, board.pairs.length + pairs.length, Math.max(1, config.shadowSpacingDays)).slice(board.pairs.length)
      : [];
    const next = [...board.pairs, ...pairs.map((p, i) => ({ id: newId('pair'), ...p, date: dates[i] ?? null }))];
    const skipped =
      (leftOut ? `; ${plural(leftOut, 'person', 'people')} who said “not this time” left out` : '') +
      (notAsked ? `; ${plural(notAsked, 'person', 'people')} who have not said they are in left out (pair them by hand if they want to)` : '');
    commit(
      { pairs: next },
      `Suggested ${plural(pairs.length, 'pair')}${unpaired.length ? `; ${plural(unpaired.length, 'person', 'people')} left without a partner` : ''}${skipped}.`,
    );
  };

  return (
    <Surface kind="console" className="cgk-board">
      <section className="cgk-board-section" aria-labelledby="cgk-b-pairs">
        <div className="cgk-board-head">
          <h3 id="cgk-b-pairs" className="cgv-section-title">
            Job shadowing pairs
          </h3>
          <span className="cgv-muted">{tally ? `${plural(tally.shadowIn.length, 'person', 'people')} in, ${tally.shadowOut} not this time` : ''}</span>
          <button type="button" className="cgv-btn cgv-btn-primary" onClick={suggest} disabled={people.length === 0}>
            Suggest pairs
          </button>
        </div>
        {people.length === 0 ? <p className="cgv-muted">The roster is not available here, so pairs cannot be suggested.</p> : null}
        {board.pairs.length === 0 ? <p className="cgv-muted">No pairs yet. “Suggest pairs” puts people who said they are in first.</p> : null}
        <ul className="cgk-board-list">
          {board.pairs.map((p, i) => (
            <li key={p.id} className="cgk-board-pair">
              <PersonSelect
                label={`Pair ${i + 1}: Sales`}
                team="sales"
                value={p.sales.id}
                people={people}
                optedIn={optedIn}
                onChange={(id) => {
                  const next = board.pairs.map((x) => (x.id === p.id ? { ...x, sales: { id, name: nameOf(id) } } : x));
                  commit({ pairs: next }, `Pair ${i + 1}: ${nameOf(id)} with ${p.marketing.name}.`);
                }}
              />
              <PersonSelect
                label={`Pair ${i + 1}: Marketing`}
                team="marketing"
                value={p.marketing.id}
                people={people}
                optedIn={optedIn}
                onChange={(id) => {
                  const next = board.pairs.map((x) => (x.id === p.id ? { ...x, marketing: { id, name: nameOf(id) } } : x));
                  commit({ pairs: next }, `Pair ${i + 1}: ${p.sales.name} with ${nameOf(id)}.`);
                }}
              />
              <DateInput
                label={`Pair ${i + 1}: date`}
                value={p.date}
                onChange={(date) =>
                  commit(
                    { pairs: board.pairs.map((x) => (x.id === p.id ? { ...x, date } : x)) },
                    date ? `Pair ${i + 1} shadows on ${date}.` : `Pair ${i + 1} has no date.`,
                  )
                }
              />
              <button
                type="button"
                className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                aria-label={`Remove pair ${i + 1}: ${p.sales.name} with ${p.marketing.name}`}
                onClick={() => commit({ pairs: board.pairs.filter((x) => x.id !== p.id) }, `Removed the pair ${p.sales.name} with ${p.marketing.name}.`)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="cgk-board-section" aria-labelledby="cgk-b-reports">
        <h3 id="cgk-b-reports" className="cgv-section-title">
          Weekly report, both ways
        </h3>
        <ul className="cgk-board-list">
          {plan.reports.map((r, i) => (
            <li key={r.id} className="cgk-board-report">
              <span className={r.from === 'sales' ? 'cgk-sales' : 'cgk-marketing'}>
                <span aria-hidden="true">{TEAM_MARK[r.from]} </span>
                {TEAM[r.from]} to {OTHER[r.from]}
              </span>
              <CommitText
                label={`${TEAM[r.from]} report: what it contains`}
                value={r.what}
                wide
                onCommit={(what) =>
                  setReports(
                    plan.reports.map((x, j) => (j === i ? { ...x, what } : x)),
                    `${TEAM[r.from]} report: ${what}.`,
                  )
                }
              />
              <CommitText
                label={`${TEAM[r.from]} report: who sends it`}
                value={r.owner}
                allowEmpty
                onCommit={(owner) =>
                  setReports(
                    plan.reports.map((x, j) => (j === i ? { ...x, owner } : x)),
                    `${TEAM[r.from]} report sent by ${owner || 'nobody yet'}.`,
                  )
                }
              />
              <DaySelect
                label={`${TEAM[r.from]} report: day`}
                value={r.day}
                onChange={(day) =>
                  setReports(
                    plan.reports.map((x, j) => (j === i ? { ...x, day } : x)),
                    `${TEAM[r.from]} report on ${day}s.`,
                  )
                }
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="cgk-board-section" aria-labelledby="cgk-b-meeting">
        <h3 id="cgk-b-meeting" className="cgv-section-title">
          Joint meeting
        </h3>
        <div className="cgk-board-row">
          <label className="cgk-field">
            <span>Every</span>
            <select
              className="cgv-select"
              value={plan.meeting.everyWeeks}
              onChange={(e) => setMeeting({ ...plan.meeting, everyWeeks: Number(e.target.value) as 2 | 3 }, `Joint meeting every ${e.target.value} weeks.`)}
            >
              <option value={2}>2 weeks</option>
              <option value={3}>3 weeks</option>
            </select>
          </label>
          <DaySelect label="Day" visibleLabel value={plan.meeting.day} onChange={(day) => setMeeting({ ...plan.meeting, day }, `Joint meeting on ${day}s.`)} />
          <label className="cgk-field">
            <span>Time</span>
            <input
              type="time"
              className="cgv-input"
              value={plan.meeting.time}
              onChange={(e) =>
                /^\d\d:\d\d$/.test(e.target.value) && setMeeting({ ...plan.meeting, time: e.target.value }, `Joint meeting at ${e.target.value}.`)
              }
            />
          </label>
          <label className="cgk-field">
            <span>Minutes</span>
            <select
              className="cgv-select"
              value={plan.meeting.minutes}
              onChange={(e) => setMeeting({ ...plan.meeting, minutes: Number(e.target.value) }, `Joint meeting of ${e.target.value} minutes.`)}
            >
              {[30, 45, 60, 90].map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <DateInput
            label="First meeting"
            visibleLabel
            value={plan.meeting.firstDate}
            onChange={(firstDate) =>
              setMeeting({ ...plan.meeting, firstDate }, firstDate ? `First joint meeting on ${firstDate}.` : 'The first meeting has no date.')
            }
          />
          {!plan.meeting.firstDate ? (
            <button
              type="button"
              className="cgv-btn"
              onClick={() => {
                const firstDate = firstWeekday(addDays(isoToday(), 7), plan.meeting.day);
                setMeeting({ ...plan.meeting, firstDate }, `First joint meeting on ${firstDate}.`);
              }}
            >
              Next {plan.meeting.day} after this week
            </button>
          ) : null}
        </div>
        <CommitText
          label="What the meeting is for"
          visibleLabel
          wide
          allowEmpty
          value={plan.meeting.topic}
          onCommit={(topic) => setMeeting({ ...plan.meeting, topic }, `Meeting topic: ${topic || 'none'}.`)}
        />
      </section>

      <section className="cgk-board-section" aria-labelledby="cgk-b-actions">
        <h3 id="cgk-b-actions" className="cgv-section-title">
          Action items
        </h3>
        {tally && tally.pledges.length > 0 ? <p className="cgk-sub">Written on phones</p> : null}
        {tally && tally.pledges.length > 0 ? (
          <ul className="cgk-board-list">
            {tally.pledges.map((p) => {
              const done = board.promoted.includes(p.key);
              return (
                <li key={p.key} className="cgk-board-pledge">
                  <span>
                    <strong>{nameOf(p.participantId)}</strong> <span aria-hidden="true">{TEAM_MARK[p.team]}</span>: {p.text}
                  </span>
                  <button
                    type="button"
                    className="cgv-btn"
                    disabled={done || !actionItems}
                    onClick={() => {
                      if (!actionItems) return;
                      void actionItems
                        .add({ text: p.text, owner: nameOf(p.participantId), dueDate: nextWorkday(addDays(isoToday(), 30)) })
                        .then(() => commit({ promoted: [...board.promoted, p.key] }, `Added an action item for ${nameOf(p.participantId)}: ${p.text}.`));
                    }}
                  >
                    {done ? '✓ Action item' : 'Make it an action item'}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="cgv-muted">Personal commitments from phones appear here.</p>
        )}
        {actionItems ? (
          <p className="cgk-sub">In the workshop’s action list ({plural(actionItems.items.filter((a) => a.status !== 'dropped').length, 'item')})</p>
        ) : null}
        {actionItems ? (
          <ActionItems port={actionItems} announce={announce} />
        ) : (
          <p className="cgv-notice">Action items can be added from the facilitator console.</p>
        )}
      </section>
    </Surface>
  );
}

function ActionItems({ port, announce }: { port: NonNullable<BoardViewProps['actionItems']>; announce(m: string): void }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<string | null>(null);
  const id = useId();
  const items = port.items.filter((a) => a.status !== 'dropped');
  return (
    <>
      <ul className="cgk-board-list">
        {items.map((a: ActionItem) => (
          <li key={a.id} className="cgk-board-action">
            <CommitText
              label="Action"
              value={a.text}
              wide
              onCommit={(t) => void port.update(a.id, { text: t }).then(() => announce(`Action changed to: ${t}.`))}
            />
            <CommitText
              label={`Owner of “${a.text}”`}
              value={a.owner}
              allowEmpty
              onCommit={(o) => void port.update(a.id, { owner: o }).then(() => announce(`${o || 'Nobody'} owns: ${a.text}.`))}
            />
            <DateInput
              label={`Due date of “${a.text}”`}
              value={a.dueDate}
              onChange={(d) => void port.update(a.id, { dueDate: d }).then(() => announce(d ? `${a.text}: due ${d}.` : `${a.text}: no due date.`))}
            />
            <button
              type="button"
              className="cgv-btn cgv-btn-quiet cgv-btn-danger"
              aria-label={`Remove the action: ${a.text}`}
              onClick={() => void port.remove(a.id).then(() => announce(`Removed the action: ${a.text}.`))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="cgk-board-row cgk-add-action"
        onSubmit={(e) => {
          e.preventDefault();
          const t = text.trim();
          if (!t) return;
          void port.add({ text: t.slice(0, 500), owner: owner.trim().slice(0, 200), dueDate: due }).then(() => {
            announce(`Added the action: ${t}.`);
            setText('');
            setOwner('');
            setDue(null);
          });
        }}
      >
        <label className="cgk-field cgk-field-wide" htmlFor={`${id}-t`}>
          <span>New action</span>
          <input
            id={`${id}-t`}
            className="cgv-input"
            value={text}
            maxLength={500}
            placeholder="e.g. Share the lead-quality definition with both teams"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="cgk-field" htmlFor={`${id}-o`}>
          <span>Owner</span>
          <input id={`${id}-o`} className="cgv-input" value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="cgk-field" htmlFor={`${id}-d`}>
          <span>Due</span>
          <input id={`${id}-d`} type="date" className="cgv-input" value={due ?? ''} onChange={(e) => setDue(e.target.value || null)} />
        </label>
        <button type="submit" className="cgv-btn cgv-btn-primary" disabled={!text.trim()}>
          Add action
        </button>
      </form>
    </>
  );
}

function PersonSelect({
  label,
  team,
  value,
  people,
  optedIn,
  onChange,
}: {
  label: string;
  team: 'sales' | 'marketing';
  value: string;
  people: Person[];
  optedIn: Set<string>;
  onChange(id: string): void;
}) {
  const id = useId();
  const list = people.filter((p) => p.team === team);
  const known = list.some((p) => p.id === value);
  return (
    <span className="cgk-field">
      <label htmlFor={id} className="cgv-sr">
        {label}
      </label>
      <select id={id} className="cgv-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {!known ? <option value={value}>(not on the roster)</option> : null}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {TEAM_MARK[team]} {p.name}
            {optedIn.has(p.id) ? ' (in)' : ''}
          </option>
        ))}
      </select>
    </span>
  );
}

function DaySelect({
  label,
  value,
  onChange,
  visibleLabel = false,
}: {
  label: string;
  value: WeeklyReport['day'];
  onChange(d: WeeklyReport['day']): void;
  visibleLabel?: boolean;
}) {
  const id = useId();
  return (
    <span className="cgk-field">
      <label htmlFor={id} className={visibleLabel ? undefined : 'cgv-sr'}>
        {label}
      </label>
      <select id={id} className="cgv-select" value={value} onChange={(e) => onChange(e.target.value as WeeklyReport['day'])}>
        {WEEKDAYS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </span>
  );
}

function DateInput({
  label,
  value,
  onChange,
  visibleLabel = false,
}: {
  label: string;
  value: string | null;
  onChange(d: string | null): void;
  visibleLabel?: boolean;
}) {
  const id = useId();
  return (
    <span className="cgk-field">
      <label htmlFor={id} className={visibleLabel ? undefined : 'cgv-sr'}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="cgv-input"
        value={value ?? ''}
        onChange={(e) => onChange(/^\d{4}-\d\d-\d\d$/.test(e.target.value) ? e.target.value : null)}
      />
    </span>
  );
}

/** A text field that saves on Enter or when it loses focus, not on every key. */
function CommitText({
  label,
  value,
  onCommit,
  wide = false,
  allowEmpty = false,
  visibleLabel = false,
}: {
  label: string;
  value: string;
  onCommit(v: string): void;
  wide?: boolean;
  allowEmpty?: boolean;
  visibleLabel?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [prev, setPrev] = useState(value);
  if (prev !== value) {
    setPrev(value);
    setDraft(value);
  }
  const finish = () => {
    const clean = draft.trim();
    if (!clean && !allowEmpty) setDraft(value);
    else if (clean !== value) onCommit(clean);
  };
  return (
    <span className={`cgk-field${wide ? ' cgk-field-wide' : ''}`}>
      <label htmlFor={id} className={visibleLabel ? undefined : 'cgv-sr'}>
        {label}
      </label>
      <input
        id={id}
        className="cgv-input"
        value={draft}
        maxLength={300}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={finish}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    </span>
  );
}
