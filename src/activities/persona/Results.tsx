import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import type { Team } from '../../shared/domain';
import { TEAM_MARK } from '../../shared/domain';
import { TeamSplit } from '../kit/views/charts';
import { teamName } from '../../shared/team-words';
import { Surface } from '../kit/views/surface';
import { readPersonaBoard, type PersonaConfig } from './definition';
import type { PersonaTally } from './logic';
import { onePager, type TeamVotes } from './board';
import { PagedColumns } from '../kit/views/PagedColumns';
import './persona.css';
import './persona-paged.css';

const COMPARED: Team[] = ['sales', 'marketing'];

/** The one-page persona: per section the agreed and most-dotted notes, Sales' and Marketing's dots side by side. */
export function PersonaResults({ config, results, surface, board }: ResultsViewProps<PersonaConfig, PersonaTally>) {
  const b = readPersonaBoard(board);
  const { t, i18n } = useLingui();
  const notesText = (count: number) => t`${plural(count, { one: '# note', other: '# notes' })}`;
  const dotsText = (count: number) => t`${plural(count, { one: '# dot', other: '# dots' })}`;
  const overall = results.aggregate?.overall;
  if (!overall || (overall.notes.length === 0 && b.ballot.length === 0)) {
    return (
      <Surface kind={surface}>
        <p className="cgv-empty-results">
          <Trans>No notes yet.</Trans>
        </p>
      </Surface>
    );
  }
  if (b.ballot.length === 0) {
    const count = overall.notes.length;
    return (
      <Surface kind={surface} className="cgp cgp-results">
        <p className="cgv-results-summary">{t`${plural(count, { one: '# note so far.', other: '# notes so far.' })} Open the vote to build the persona.`}</p>
        <ul className="cgp-canvas">
          {config.sections.map((s) => (
            <li key={s.id} className="cgp-cell">
              <span className="cgp-cell-title">{s.title}</span>
              <span className="cgp-cell-hint">{notesText(overall.notes.filter((n) => n.section === s.id).length)}</span>
            </li>
          ))}
        </ul>
      </Surface>
    );
  }
  const teams: TeamVotes[] = (results.aggregate?.teams ?? [])
    .filter((t) => COMPARED.includes(t.team))
    .map((t) => ({ team: t.team, n: t.n, tally: t.suppressed ? null : t.result }));
  const shown = teams.filter((t) => t.tally !== null).map((t) => t.team);
  // The projector shows the same one-pager as the console (the facilitator's notes per section); a second row of sections that does not fit is the next page.
  const projector = surface === 'projector';
  const page = onePager(config, b, overall, teams, config.topPerSection);
  // Sections nobody wrote in take one line under the canvas, not a box each.
  const filled = page.filter((s) => s.lines.length > 0);
  const empty = page.filter((s) => s.lines.length === 0);
  const emptyTitles = empty.map((s) => s.title).join(' · ');
  const canvas = (
    <ul className="cgp-canvas cgp-page">
      {filled.map((s) => {
        const differ = s.topByTeam.sales && s.topByTeam.marketing && s.topByTeam.sales !== s.topByTeam.marketing;
        return (
          <li key={s.id} className={`cgp-cell${differ ? ' cgp-cell-differ' : ''}`}>
            <span className="cgp-cell-title">
              {s.title}
              {differ ? (
                <span className="cgp-differ">
                  {' · '}
                  <Trans>teams differ</Trans>
                </span>
              ) : null}
            </span>
            <ol className="cgp-lines">
              {s.lines.map((l) => (
                <li key={l.id} className={`cgp-line${l.agreed ? ' cgp-line-agreed' : ''}`}>
                  <span className="cgp-line-text">
                    {l.agreed ? <span className="cgp-tick">✓ </span> : null}
                    {l.text}
                  </span>
                  <span className="cgp-line-meta">
                    <span className="cgp-line-dots">{dotsText(l.dots)}</span>
                    {shown.map((team) => (
                      <span key={team} className={`cgp-share cgv-team-${team}${s.topByTeam[team] === l.id ? ' cgp-share-top' : ''}`}>
                        <span className="cgp-share-mark" aria-hidden="true">
                          {TEAM_MARK[team]}
                        </span>
                        <span className="cgv-sr">{teamName(i18n, team)}: </span>
                        {i18n.number((l.shares[team] ?? 0) / 100, { style: 'percent' })}
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ul>
  );
  return (
    <Surface kind={surface} className={`cgp cgp-results cgp-results-${surface}${projector ? ' cgv-paged-screen' : ''}`}>
      <div className="cgp-head">
        <TeamSplit results={results} title={t`Teams in this vote`} variant="legend" />
        {shown.length > 0 ? (
          <p className="cgp-key">
            {shown.map((team) => {
              const name = teamName(i18n, team);
              return (
                <span key={team} className={`cgp-key-item cgv-team-${team}`}>
                  <span className="cgp-share-mark">{TEAM_MARK[team]}</span> <Trans>% of {name}’s dots</Trans>
                </span>
              );
            })}
            <span className="cgp-key-item">
              ✓ <Trans>agreed</Trans>
            </span>
          </p>
        ) : null}
      </div>
      {projector ? (
        <PagedColumns label={t`The persona, section by section`} columns={1}>
          {canvas}
        </PagedColumns>
      ) : (
        canvas
      )}
      {empty.length > 0 ? <p className="cgp-empty-sections">{t`No notes in: ${emptyTitles}`}</p> : null}
    </Surface>
  );
}
