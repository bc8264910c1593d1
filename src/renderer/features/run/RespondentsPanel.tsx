import { Trans, useLingui } from '@lingui/react/macro';
import type { ActivityResults } from '../../../shared/api/contract';
import type { Participant } from '../../../shared/domain';
import { TeamMark } from '../../../ui/TeamBadge';

/**
 * Who has answered and who has not (first: who to nudge). Names are for the
 * facilitator only, never the projector. Each list scrolls inside itself, so a
 * big room never pushes the rest of the console down.
 */
export function RespondentsPanel({ participants, results }: { participants: Participant[]; results: ActivityResults | undefined }) {
  const { t, i18n } = useLingui();
  const answered = new Map((results?.respondents ?? []).map((r) => [r.participantId, r.complete]));
  const done = participants.filter((p) => answered.has(p.id));
  const waiting = participants.filter((p) => !answered.has(p.id));
  const answeredCount = i18n.number(done.length);
  const waitingCount = i18n.number(waiting.length);
  const rosterCount = i18n.number(participants.length);
  return (
    <section className="panel respondents" aria-labelledby="respondents-heading">
      <div className="panel-header">
        <h2 id="respondents-heading" className="panel-title">
          <Trans>Answers</Trans>
        </h2>
        <span className="respondent-count tabular" data-testid="respondent-count">
          <Trans>
            {answeredCount} of {rosterCount} responded
          </Trans>
        </span>
      </div>
      <div className="respondent-columns">
        <div>
          <h3 className="respondent-heading">
            <Trans>Not yet ({waitingCount})</Trans>
          </h3>
          <ul className="respondent-list is-waiting" aria-label={t`Not yet answered`} tabIndex={0}>
            {waiting.map((p) => (
              <li key={p.id}>
                <TeamMark team={p.team} /> {p.name}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="respondent-heading">
            <Trans>Answered ({answeredCount})</Trans>
          </h3>
          <ul className="respondent-list" aria-label={t`Answered`} tabIndex={0}>
            {done.map((p) => (
              <li key={p.id}>
                <TeamMark team={p.team} /> {p.name}
                {answered.get(p.id) === false ? (
                  <span className="respondent-partial">
                    {' · '}
                    <Trans>still going</Trans>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
