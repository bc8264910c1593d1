import { useId, useState } from 'react';
import { msg, ph, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ActionItem } from '../../shared/domain';
import { TEAM_MARK } from '../../shared/domain';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readCommitmentsBoard, agreed, type CommitmentsBoard, type CommitmentsConfig, type Meeting, type WeeklyReport } from './definition';
import type { CommitmentsTally } from './logic';
import { WEEKDAYS, firstWeekday, newId, nextWorkday, spreadDates, suggestPairs, type Person } from './board';
import { dateIn, weekdayName } from './words';
import { teamName } from '../../shared/team-words';
import './commitments.css';

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
  const { i18n, t } = useLingui();
  const board = readCommitmentsBoard(raw);
  const plan = agreed(config, raw);
  const tally = results.aggregate?.overall;
  const people: Person[] = participants.map((p) => ({ id: p.id, name: p.name, team: p.team }));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? t`Someone`;
  const team = (id: 'sales' | 'marketing') => teamName(i18n, id);
  const day = (d: WeeklyReport['day']) => weekdayName(i18n, d);
  const date = (iso: string) => dateIn(i18n, iso);
  const shadowIn = tally?.shadowIn.length ?? 0;
  const openItems = (actionItems?.items ?? []).filter((a) => a.status !== 'dropped').length;
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
          ? i18n._(
              msg`No one else to pair: ${plural(leftOut, { one: '# person', other: '# people' })} said “not this time”. Pair them by hand if they change their mind.`,
            )
          : board.pairs.length > 0
            ? t`Everyone who can be paired already is.`
            : t`Pairs need at least one person from Sales and one from Marketing on the roster.`,
      );
      return;
    }
    const dates = config.shadowFrom
      ? spreadDates(config.shadowFrom, board.pairs.length + pairs.length, Math.max(1, config.shadowSpacingDays)).slice(board.pairs.length)
      : [];
    const next = [...board.pairs, ...pairs.map((p, i) => ({ id: newId('pair'), ...p, date: dates[i] ?? null }))];
    const suggested = pairs.length;
    const alone = unpaired.length;
    const parts = [
      i18n._(msg`Suggested ${plural(suggested, { one: '# pair', other: '# pairs' })}`),
      alone ? i18n._(msg`${plural(alone, { one: '# person', other: '# people' })} left without a partner`) : '',
      leftOut ? i18n._(msg`${plural(leftOut, { one: '# person', other: '# people' })} who said “not this time” left out`) : '',
      notAsked
        ? i18n._(msg`${plural(notAsked, { one: '# person', other: '# people' })} who have not said they are in left out (pair them by hand if they want to)`)
        : '',
    ];
    commit({ pairs: next }, `${parts.filter(Boolean).join('; ')}.`);
  };

  return (
    <Surface kind="console" className="cgk-board">
      <section className="cgk-board-section" aria-labelledby="cgk-b-pairs">
        <div className="cgk-board-head">
          <h3 id="cgk-b-pairs" className="cgv-section-title">
            <Trans>Job shadowing pairs</Trans>
          </h3>
          <span className="cgv-muted">
            {tally ? i18n._(msg`${plural(shadowIn, { one: '# person', other: '# people' })} in, ${ph({ out: tally.shadowOut })} not this time`) : ''}
          </span>
          <button type="button" className="cgv-btn cgv-btn-primary" onClick={suggest} disabled={people.length === 0}>
            <Trans>Suggest pairs</Trans>
          </button>
        </div>
        {people.length === 0 ? (
          <p className="cgv-muted">
            <Trans>The roster is not available here, so pairs cannot be suggested.</Trans>
          </p>
        ) : null}
        {board.pairs.length === 0 ? (
          <p className="cgv-muted">
            <Trans>No pairs yet. “Suggest pairs” puts people who said they are in first.</Trans>
          </p>
        ) : null}
        <ul className="cgk-board-list">
          {board.pairs.map((p, i) => {
            const n = i + 1;
            return (
              <li key={p.id} className="cgk-board-pair">
                <PersonSelect
                  label={t`Pair ${n}: Sales`}
                  team="sales"
                  value={p.sales.id}
                  people={people}
                  optedIn={optedIn}
                  onChange={(id) => {
                    const next = board.pairs.map((x) => (x.id === p.id ? { ...x, sales: { id, name: nameOf(id) } } : x));
                    commit({ pairs: next }, t`Pair ${n}: ${ph({ sales: nameOf(id) })} with ${ph({ marketing: p.marketing.name })}.`);
                  }}
                />
                <PersonSelect
                  label={t`Pair ${n}: Marketing`}
                  team="marketing"
                  value={p.marketing.id}
                  people={people}
                  optedIn={optedIn}
                  onChange={(id) => {
                    const next = board.pairs.map((x) => (x.id === p.id ? { ...x, marketing: { id, name: nameOf(id) } } : x));
                    commit({ pairs: next }, t`Pair ${n}: ${ph({ sales: p.sales.name })} with ${ph({ marketing: nameOf(id) })}.`);
                  }}
                />
                <DateInput
                  label={t`Pair ${n}: date`}
                  value={p.date}
                  onChange={(date) =>
                    commit(
                      { pairs: board.pairs.map((x) => (x.id === p.id ? { ...x, date } : x)) },
                      date ? t`Pair ${n} shadows on ${ph({ date: dateIn(i18n, date) })}.` : t`Pair ${n} has no date.`,
                    )
                  }
                />
                <button
                  type="button"
                  className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                  aria-label={t`Remove pair ${n}: ${ph({ sales: p.sales.name })} with ${ph({ marketing: p.marketing.name })}`}
                  onClick={() =>
                    commit(
                      { pairs: board.pairs.filter((x) => x.id !== p.id) },
                      t`Removed the pair ${ph({ sales: p.sales.name })} with ${ph({ marketing: p.marketing.name })}.`,
                    )
                  }
                >
                  <Trans>Remove</Trans>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="cgk-board-section" aria-labelledby="cgk-b-reports">
        <h3 id="cgk-b-reports" className="cgv-section-title">
          <Trans>Weekly report, both ways</Trans>
        </h3>
        <ul className="cgk-board-list">
          {plan.reports.map((r, i) => (
            <li key={r.id} className="cgk-board-report">
              <span className={r.from === 'sales' ? 'cgk-sales' : 'cgk-marketing'}>
                <span aria-hidden="true">{TEAM_MARK[r.from]} </span>
                {t`${ph({ from: team(r.from) })} to ${ph({ to: team(r.from === 'sales' ? 'marketing' : 'sales') })}`}
              </span>
              <CommitText
                label={t`${ph({ team: team(r.from) })} report: what it contains`}
                value={r.what}
                wide
                onCommit={(what) =>
                  setReports(
                    plan.reports.map((x, j) => (j === i ? { ...x, what } : x)),
                    t`${ph({ team: team(r.from) })} report: ${what}.`,
                  )
                }
              />
              <CommitText
                label={t`${ph({ team: team(r.from) })} report: who sends it`}
                value={r.owner}
                allowEmpty
                onCommit={(owner) =>
                  setReports(
                    plan.reports.map((x, j) => (j === i ? { ...x, owner } : x)),
                    owner ? t`${ph({ team: team(r.from) })} report sent by ${owner}.` : t`${ph({ team: team(r.from) })} report sent by nobody yet.`,
                  )
                }
              />
              <DaySelect
                label={t`${ph({ team: team(r.from) })} report: day`}
                value={r.day}
                onChange={(day) =>
                  setReports(
                    plan.reports.map((x, j) => (j === i ? { ...x, day } : x)),
                    t`${ph({ team: team(r.from) })} report every ${ph({ day: weekdayName(i18n, day) })}.`,
                  )
                }
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="cgk-board-section" aria-labelledby="cgk-b-meeting">
        <h3 id="cgk-b-meeting" className="cgv-section-title">
          <Trans>Joint meeting</Trans>
        </h3>
        <div className="cgk-board-row">
          <label className="cgk-field">
            <span>
              <Trans>Every</Trans>
            </span>
            <select
              className="cgv-select"
              value={plan.meeting.everyWeeks}
              onChange={(e) =>
                setMeeting({ ...plan.meeting, everyWeeks: Number(e.target.value) as 2 | 3 }, t`Joint meeting every ${ph({ weeks: e.target.value })} weeks.`)
              }
            >
              <option value={2}>{t`2 weeks`}</option>
              <option value={3}>{t`3 weeks`}</option>
            </select>
          </label>
          <DaySelect
            label={t`Day`}
            visibleLabel
            value={plan.meeting.day}
            onChange={(d) => setMeeting({ ...plan.meeting, day: d }, t`Joint meeting every ${ph({ day: day(d) })}.`)}
          />
          <label className="cgk-field">
            <span>
              <Trans>Time</Trans>
            </span>
            <input
              type="time"
              className="cgv-input"
              value={plan.meeting.time}
              onChange={(e) =>
                /^\d\d:\d\d$/.test(e.target.value) &&
                setMeeting({ ...plan.meeting, time: e.target.value }, t`Joint meeting at ${ph({ time: e.target.value })}.`)
              }
            />
          </label>
          <label className="cgk-field">
            <span>
              <Trans>Minutes</Trans>
            </span>
            <select
              className="cgv-select"
              value={plan.meeting.minutes}
              onChange={(e) =>
                setMeeting({ ...plan.meeting, minutes: Number(e.target.value) }, t`Joint meeting of ${ph({ minutes: e.target.value })} minutes.`)
              }
            >
              {[30, 45, 60, 90].map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <DateInput
            label={t`First meeting`}
            visibleLabel
            value={plan.meeting.firstDate}
            onChange={(firstDate) =>
              setMeeting(
                { ...plan.meeting, firstDate },
                firstDate ? t`First joint meeting on ${ph({ date: date(firstDate) })}.` : t`The first meeting has no date.`,
              )
            }
          />
          {!plan.meeting.firstDate ? (
            <button
              type="button"
              className="cgv-btn"
              onClick={() => {
                const firstDate = firstWeekday(addDays(isoToday(), 7), plan.meeting.day);
                setMeeting({ ...plan.meeting, firstDate }, t`First joint meeting on ${ph({ date: date(firstDate) })}.`);
              }}
            >
              {t`Next ${ph({ day: day(plan.meeting.day) })} after this week`}
            </button>
          ) : null}
        </div>
        <CommitText
          label={t`What the meeting is for`}
          visibleLabel
          wide
          allowEmpty
          value={plan.meeting.topic}
          onCommit={(topic) => setMeeting({ ...plan.meeting, topic }, topic ? t`Meeting topic: ${topic}.` : t`Meeting topic: none.`)}
        />
      </section>

      <section className="cgk-board-section" aria-labelledby="cgk-b-actions">
        <h3 id="cgk-b-actions" className="cgv-section-title">
          <Trans>Action items</Trans>
        </h3>
        {tally && tally.pledges.length > 0 ? (
          <p className="cgk-sub">
            <Trans>Written on phones</Trans>
          </p>
        ) : null}
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
                        .then(() =>
                          commit(
                            { promoted: [...board.promoted, p.key] },
                            t`Added an action item for ${ph({ name: nameOf(p.participantId) })}: ${ph({ text: p.text })}.`,
                          ),
                        );
                    }}
                  >
                    {done ? `✓ ${t`Action item`}` : t`Make it an action item`}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="cgv-muted">
            <Trans>Personal commitments from phones appear here.</Trans>
          </p>
        )}
        {actionItems ? (
          <p className="cgk-sub">{i18n._(msg`In the workshop’s action list (${plural(openItems, { one: '# item', other: '# items' })})`)}</p>
        ) : null}
        {actionItems ? (
          <ActionItems port={actionItems} announce={announce} />
        ) : (
          <p className="cgv-notice">
            <Trans>Action items can be added from the facilitator console.</Trans>
          </p>
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
  const { i18n, t } = useLingui();
  const items = port.items.filter((a) => a.status !== 'dropped');
  return (
    <>
      <ul className="cgk-board-list">
        {items.map((a: ActionItem) => (
          <li key={a.id} className="cgk-board-action">
            <CommitText
              label={t`Action`}
              value={a.text}
              wide
              onCommit={(text) => void port.update(a.id, { text }).then(() => announce(t`Action changed to: ${text}.`))}
            />
            <CommitText
              label={t`Owner of “${ph({ action: a.text })}”`}
              value={a.owner}
              allowEmpty
              onCommit={(who) =>
                void port
                  .update(a.id, { owner: who })
                  .then(() => announce(who ? t`${who} owns: ${ph({ action: a.text })}.` : t`Nobody owns: ${ph({ action: a.text })}.`))
              }
            />
            <DateInput
              label={t`Due date of “${ph({ action: a.text })}”`}
              value={a.dueDate}
              onChange={(d) =>
                void port
                  .update(a.id, { dueDate: d })
                  .then(() => announce(d ? t`${ph({ action: a.text })}: due ${ph({ date: dateIn(i18n, d) })}.` : t`${ph({ action: a.text })}: no due date.`))
              }
            />
            <button
              type="button"
              className="cgv-btn cgv-btn-quiet cgv-btn-danger"
              aria-label={t`Remove the action: ${ph({ action: a.text })}`}
              onClick={() => void port.remove(a.id).then(() => announce(t`Removed the action: ${ph({ action: a.text })}.`))}
            >
              <Trans>Remove</Trans>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="cgk-board-row cgk-add-action"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = text.trim();
          if (!clean) return;
          void port.add({ text: clean.slice(0, 500), owner: owner.trim().slice(0, 200), dueDate: due }).then(() => {
            announce(t`Added the action: ${clean}.`);
            setText('');
            setOwner('');
            setDue(null);
          });
        }}
      >
        <label className="cgk-field cgk-field-wide" htmlFor={`${id}-t`}>
          <span>
            <Trans>New action</Trans>
          </span>
          <input
            id={`${id}-t`}
            className="cgv-input"
            value={text}
            maxLength={500}
            placeholder={t`e.g. Share the lead-quality definition with both teams`}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="cgk-field" htmlFor={`${id}-o`}>
          <span>
            <Trans>Owner</Trans>
          </span>
          <input id={`${id}-o`} className="cgv-input" value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="cgk-field" htmlFor={`${id}-d`}>
          <span>
            <Trans>Due</Trans>
          </span>
          <input id={`${id}-d`} type="date" className="cgv-input" value={due ?? ''} onChange={(e) => setDue(e.target.value || null)} />
        </label>
        <button type="submit" className="cgv-btn cgv-btn-primary" disabled={!text.trim()}>
          <Trans>Add action</Trans>
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
  const { t } = useLingui();
  const list = people.filter((p) => p.team === team);
  const known = list.some((p) => p.id === value);
  return (
    <span className="cgk-field">
      <label htmlFor={id} className="cgv-sr">
        {label}
      </label>
      <select id={id} className="cgv-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {!known ? <option value={value}>{t`(not on the roster)`}</option> : null}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {TEAM_MARK[team]} {p.name}
            {optedIn.has(p.id) ? ` ${t`(in)`}` : ''}
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
  const { i18n } = useLingui();
  return (
    <span className="cgk-field">
      <label htmlFor={id} className={visibleLabel ? undefined : 'cgv-sr'}>
        {label}
      </label>
      <select id={id} className="cgv-select" value={value} onChange={(e) => onChange(e.target.value as WeeklyReport['day'])}>
        {WEEKDAYS.map((d) => (
          <option key={d} value={d}>
            {weekdayName(i18n, d)}
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
