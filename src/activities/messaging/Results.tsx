import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { TEAMS, type Team } from '../../shared/domain';
import { teamName } from '../../shared/team-words';
import { TeamMark } from '../kit/views/TeamMark';
import type { ResultsViewProps } from '../view-types';
import { TeamSplit } from '../kit/views/charts';
import { PagedRows } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { readMessagingBoard, type MessagingConfig } from './definition';
import type { MessagingTally } from './logic';
import { messageSplit, teamVotesText } from './ballot';
import './messaging.css';

/** The top messages on the projector's first page; the console lists them all. */
export const PROJECTOR_TOP = 8;

/** Messages by votes, each with every shown team's votes ("Sales 5 · Marketing 1") and a mark when both teams chose it. */
export function MessagingResults({ config, results, surface, board, participants }: ResultsViewProps<MessagingConfig, MessagingTally>) {
  const agg = results.aggregate;
  const { t, i18n } = useLingui();
  if (!agg || agg.overall.messages.length === 0) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No messages yet.</Trans>
        </p>
      </Surface>
    );
  }
  const projector = surface === 'projector';
  const split = messageSplit(readMessagingBoard(board), agg);
  const voted = split.rows.filter((r) => r.votes > 0);
  const both = voted.filter((r) => r.both).length;
  const names = new Map((participants ?? []).map((p) => [p.id, p.name]));
  const votesText = (count: number) => t`${plural(count, { one: '# vote', other: '# votes' })}`;
  const labels = Object.fromEntries(TEAMS.map((team) => [team, teamName(i18n, team)])) as Record<Team, string>;
  const written = agg.overall.messages.length;
  const people = agg.n;
  const segmentName = config.segment;
  const summary = (
    <p className="cgv-results-summary">
      {segmentName ? `${segmentName}: ` : ''}
      {t`${plural(written, { one: '# message', other: '# messages' })} from ${plural(people, { one: '# person', other: '# people' })}`}
      {voted.length > 0 && split.shown.includes('sales') && split.shown.includes('marketing')
        ? ` · ${t`both teams chose ${plural(both, { one: '# message', other: '# messages' })}`}`
        : ''}
    </p>
  );
  if (voted.length === 0) {
    // Before the vote: the messages themselves (names only on the console, only when not anonymous), paged on the projector.
    const list = (
      <ul className="cgm-rows" aria-label={t`Messages written`}>
        {agg.overall.messages.map((m) => (
          <li key={m.key} className="cgm-row">
            <span className="cgm-row-text">{m.text}</span>
            {!projector && !config.anonymous && m.authorId ? <span className="cgv-author">{names.get(m.authorId)}</span> : null}
          </li>
        ))}
      </ul>
    );
    return (
      <Surface kind={surface} className={`cgv-results cgm-results${projector ? ' cgv-paged-screen' : ''}`}>
        {summary}
        {projector ? <PagedRows label={t`Messages written`}>{list}</PagedRows> : list}
      </Surface>
    );
  }
  const rows = (
    <ol className="cgm-rows" aria-label={t`Messages by votes, with each team’s votes`}>
      {(projector ? voted.slice(0, PROJECTOR_TOP) : voted).map((r) => (
        <li key={r.id} className={`cgm-row${r.both ? ' cgm-row-both' : ''}`}>
          <span className="cgm-row-text">{r.text}</span>
          <span className="cgm-row-votes">
            <strong>{votesText(r.votes)}</strong>
            {split.shown.length > 0 ? (
              <span className="cgm-row-teams">
                <span aria-hidden="true" className="cgm-row-teams-seen">
                  {split.shown.map((team) => (
                    <span key={team} className="cgm-team">
                      <TeamMark team={team} /> <strong>{r.byTeam[team] ?? 0}</strong>
                    </span>
                  ))}
                </span>
                <span className="cgv-sr">{teamVotesText(r, split.shown, labels)}</span>
              </span>
            ) : null}
            {r.both ? (
              <span className="cgm-both">
                <span aria-hidden="true">✓ </span>
                <Trans>Both teams</Trans>
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
  return (
    <Surface kind={surface} className={`cgv-results cgm-results${projector ? ' cgv-paged-screen' : ''}`}>
      {summary}
      <TeamSplit results={results} title={t`Teams in this vote`} variant="legend" />
      {projector ? <PagedRows label={t`Top messages`}>{rows}</PagedRows> : rows}
    </Surface>
  );
}
