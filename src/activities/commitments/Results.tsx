import type { ResultsViewProps } from '../view-types';
import { ph } from '@lingui/core/macro';
import { TEAM_MARK } from '../../shared/domain';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { agreed, readCommitmentsBoard, type CommitmentsConfig } from './definition';
import type { CommitmentsTally } from './logic';
import { dateIn, reportRoute, weekdayName } from './words';
import './commitments.css';
import { Plural, Trans, useLingui } from '@lingui/react/macro';

/** The outcome: the commitments list, as agreed on the board, with the workshop's action items. */
export function CommitmentsResults({ config, results, surface, board, actionItems, participants }: ResultsViewProps<CommitmentsConfig, CommitmentsTally>) {
  const plan = agreed(config, board);
  const { i18n, t } = useLingui();
  const every = plan.meeting.everyWeeks;
  const meetingDay = weekdayName(i18n, plan.meeting.day);
  const time = plan.meeting.time;
  const minutes = plan.meeting.minutes;
  const tally = results.aggregate?.overall;
  const shadowIn = tally?.shadowIn.length ?? 0;
  const pledgeCount = tally?.pledges.length ?? 0;
  const open = (actionItems ?? []).filter((a) => a.status !== 'dropped');
  const names = new Map((participants ?? []).map((p) => [p.id, p.name]));
  // Pledges already made action items are listed above: the projector counts only the rest.
  const promoted = new Set(readCommitmentsBoard(board).promoted);
  const unlisted = (tally?.pledges ?? []).filter((p) => !promoted.has(p.key));
  const sections = (
    <>
      <section className="cgk-block" aria-labelledby="cgk-pairs">
        <h3 id="cgk-pairs" className="cgk-h">
          <Trans>Job shadowing</Trans>
        </h3>
        {plan.pairs.length === 0 ? (
          <p className="cgk-muted">
            {tally && tally.shadowIn.length > 0 ? (
              <Plural value={shadowIn} one="# person said they are in; no pairs yet." other="# people said they are in; no pairs yet." />
            ) : (
              <Trans>No pairs yet.</Trans>
            )}
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
                  <span className="cgk-muted">
                    {' '}
                    <Trans>with</Trans>{' '}
                  </span>
                  <span className="cgk-marketing">
                    <span aria-hidden="true">{TEAM_MARK.marketing} </span>
                    {p.marketing.name}
                  </span>
                </span>
                <span className="cgk-date">{dateIn(i18n, p.date)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="cgk-block" aria-labelledby="cgk-reports">
        <h3 id="cgk-reports" className="cgk-h">
          <Trans>Every week, both ways</Trans>
        </h3>
        <ul className="cgk-list">
          {plan.reports.map((r) => (
            <li key={r.id} className="cgk-report">
              <span className="cgk-report-head">
                <span className={r.from === 'sales' ? 'cgk-sales' : 'cgk-marketing'}>
                  <span aria-hidden="true">{TEAM_MARK[r.from]} </span>
                  {reportRoute(i18n, r)}
                </span>
                {r.owner ? <span className="cgk-muted"> · {r.owner}</span> : null}
              </span>
              <span className="cgk-report-what">{r.what}</span>
            </li>
          ))}
        </ul>
        <h3 className="cgk-h cgk-h-gap">
          <Trans>Joint meeting</Trans>
        </h3>
        <p className="cgk-meeting">
          <Trans>
            Every {every} weeks · {meetingDay} {time} · {minutes} min
          </Trans>
        </p>
        <p className="cgk-muted">
          {plan.meeting.firstDate ? t`First: ${ph({ date: dateIn(i18n, plan.meeting.firstDate) })}` : t`First date to be set`}
          {plan.meeting.topic ? ` · ${plan.meeting.topic}` : ''}
        </p>
      </section>
      <section className="cgk-block cgk-block-wide" aria-labelledby="cgk-actions">
        <h3 id="cgk-actions" className="cgk-h">
          <Trans>Action items</Trans>
        </h3>
        {actionItems === undefined ? (
          <p className="cgk-muted">
            <Trans>The action items are listed in the workshop’s action list.</Trans>
          </p>
        ) : open.length === 0 ? (
          <p className="cgk-muted">
            <Trans>No action items yet.</Trans>
          </p>
        ) : (
          <ul className="cgk-list cgk-actions">
            {open.map((a) => (
              <li key={a.id} className="cgk-action">
                <span className="cgk-action-text">{a.text}</span>
                <span className="cgk-muted">
                  {a.owner || t`no owner yet`} · {a.dueDate ? dateIn(i18n, a.dueDate) : t`no date yet`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {tally && tally.pledges.length > 0 ? (
          surface === 'console' ? (
            <details className="cgk-pledges">
              <summary>
                <Plural value={pledgeCount} one="# personal commitment from phones" other="# personal commitments from phones" />
              </summary>
              <ul>
                {tally.pledges.map((p) => (
                  <li key={p.key}>
                    <strong>{names.get(p.participantId) ?? t`Someone`}:</strong> {p.text}
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
            {open.length > 0 ? t`Personal commitments, not yet action items` : t`Personal commitments written on phones`}
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
        <PagedColumns label={t`What we agreed`} columns={2}>
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
