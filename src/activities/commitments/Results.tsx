import type { ResultsViewProps } from '../view-types';
import { TEAM_MARK } from '../../shared/domain';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { agreed, readCommitmentsBoard, type CommitmentsConfig } from './definition';
import type { CommitmentsTally } from './logic';
import { OTHER, TEAM, dateWords } from './words';
import './commitments.css';
import { plural } from '../kit/numbers';

/** The outcome: the commitments list, as agreed on the board, with the workshop's action items. */
export function CommitmentsResults({ config, results, surface, board, actionItems, participants }: ResultsViewProps<CommitmentsConfig, CommitmentsTally>) {
  const plan = agreed(config, board);
  const tally = results.aggregate?.overall;
  const open = (actionItems ?? []).filter((a) => a.status !== 'dropped');
  const names = new Map((participants ?? []).map((p) => [p.id, p.name]));
  // Pledges already made action items are listed above: the projector counts only the rest.
  const promoted = new Set(readCommitmentsBoard(board).promoted);
  const unlisted = (tally?.pledges ?? []).filter((p) => !promoted.has(p.key));
  const sections = (
    <>
      <section className="cgk-block" aria-labelledby="cgk-pairs">
        <h3 id="cgk-pairs" className="cgk-h">
          Job shadowing
        </h3>
        {plan.pairs.length === 0 ? (
          <p className="cgk-muted">
            {tally && tally.shadowIn.length > 0 ? `${plural(tally.shadowIn.length, 'person', 'people')} said they are in; no pairs yet.` : 'No pairs yet.'}
          </p>
        ) : (
          <ul className="cgk-list">
            {plan.pairs.map((p) => (
              <li key={p.id} className="cgk-pair">
                <span className="cgk-names">
                  <span className="cgk-sales">
                    <span aria-hidden="true">{TEAM_MARK.sales} </span>
                    {p.sales.name}
                  </span>
                  <span className="cgk-muted"> with </span>
                  <span className="cgk-marketing">
                    <span aria-hidden="true">{TEAM_MARK.marketing} </span>
                    {p.marketing.name}
                  </span>
                </span>
                <span className="cgk-date">{dateWords(p.date)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="cgk-block" aria-labelledby="cgk-reports">
        <h3 id="cgk-reports" className="cgk-h">
          Every week, both ways
        </h3>
        <ul className="cgk-list">
          {plan.reports.map((r) => (
            <li key={r.id} className="cgk-report">
              <span className="cgk-report-head">
                <span className={r.from === 'sales' ? 'cgk-sales' : 'cgk-marketing'}>
                  <span aria-hidden="true">{TEAM_MARK[r.from]} </span>
                  {TEAM[r.from]}
                </span>{' '}
                to {OTHER[r.from]}, every {r.day}
                {r.owner ? <span className="cgk-muted"> · {r.owner}</span> : null}
              </span>
              <span className="cgk-report-what">{r.what}</span>
            </li>
          ))}
        </ul>
        <h3 className="cgk-h cgk-h-gap">Joint meeting</h3>
        <p className="cgk-meeting">
          Every {plan.meeting.everyWeeks} weeks · {plan.meeting.day} {plan.meeting.time} · {plan.meeting.minutes} min
        </p>
        <p className="cgk-muted">
          {plan.meeting.firstDate ? `First: ${dateWords(plan.meeting.firstDate)}` : 'First date to be set'}
          {plan.meeting.topic ? ` · ${plan.meeting.topic}` : ''}
        </p>
      </section>
      <section className="cgk-block cgk-block-wide" aria-labelledby="cgk-actions">
        <h3 id="cgk-actions" className="cgk-h">
          Action items
        </h3>
        {actionItems === undefined ? (
          <p className="cgk-muted">The action items are listed in the workshop’s action list.</p>
        ) : open.length === 0 ? (
          <p className="cgk-muted">No action items yet.</p>
        ) : (
          <ul className="cgk-list cgk-actions">
            {open.map((a) => (
              <li key={a.id} className="cgk-action">
                <span className="cgk-action-text">{a.text}</span>
                <span className="cgk-muted">
                  {a.owner || 'no owner yet'} · {a.dueDate ? dateWords(a.dueDate) : 'no date yet'}
                </span>
              </li>
            ))}
          </ul>
        )}
        {tally && tally.pledges.length > 0 ? (
          surface === 'console' ? (
            <details className="cgk-pledges">
              <summary>{plural(tally.pledges.length, 'personal commitment')} from phones</summary>
              <ul>
                {tally.pledges.map((p) => (
                  <li key={p.key}>
                    <strong>{names.get(p.participantId) ?? 'Someone'}:</strong> {p.text}
                  </li>
                ))}
              </ul>
            </details>
          ) : null
        ) : null}
      </section>
      {surface === 'projector' && unlisted.length > 0 ? (
        // Every pledge on the projector, page by page; the room sees what was promised, never who wrote it.
        <section className="cgk-block cgk-block-wide" aria-labelledby="cgk-pledges">
          <h3 id="cgk-pledges" className="cgk-h">
            {open.length > 0 ? 'Personal commitments, not yet action items' : 'Personal commitments written on phones'}
          </h3>
          <ul className="cgk-list cgk-pledge-list">
            {unlisted.map((p) => (
              <li key={p.key} className="cgk-pledge">
                {p.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
  // The projector: the whole width in two columns, paged when the list is longer than the screen.
  if (surface === 'projector')
    return (
      <Surface kind={surface} className="cgk cgk-results cgk-results-projector cgv-paged-screen">
        <PagedColumns label="What we agreed" columns={2}>
          {sections}
        </PagedColumns>
      </Surface>
    );
  return (
    <Surface kind={surface} className={`cgk cgk-results cgk-results-${surface}`}>
      <div className="cgk-grid">{sections}</div>
    </Surface>
  );
}
