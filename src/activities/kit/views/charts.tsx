import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import type { CSSProperties, ReactNode } from 'react';
import { TEAM_MARK, type Team } from '../../../shared/domain';
import { hiddenSplitText } from './team-names';
import { teamName } from '../../../shared/team-words';
import type { TeamResult } from '../../aggregate';
import type { ResultsOf } from '../../view-types';
import { TeamMark } from './TeamMark';

export interface BarSeries {
  /** Absent for the overall bar. */
  team?: Team;
  value: number;
  /** What is written at the end of the bar, e.g. "14 dots" or "42%". */
  label: string;
}

export interface BarRow {
  key: string;
  label: ReactNode;
  /** The label in words, for each bar's own label; defaults to the label when it is text. */
  text?: string;
  /** Written under the label, e.g. "from 6 people". */
  sub?: ReactNode;
  series: BarSeries[];
}

/**
 * Horizontal bars labelled directly (no legend): the text on the left, the
 * number at the end of each bar, a team's name and shape before its bar.
 * Bars are decoration; the list reads fine without them. Each bar also says
 * in full what it is, "Marketing: Quality lead 83%", to a screen reader.
 */
export function BarChart({ rows, max, label }: { rows: BarRow[]; max?: number; label: string }) {
  const { i18n, t } = useLingui();
  const top = Math.max(1, max ?? Math.max(0, ...rows.flatMap((r) => r.series.map((s) => s.value))));
  // The numbers column is as wide as its longest label, so every track in the chart has the same length.
  const widest = (team: boolean) => Math.max(0, ...rows.flatMap((r) => r.series.filter((s) => Boolean(s.team) === team).map((s) => s.label.length)));
  const widths = { '--bar-value-ch': widest(false), '--bar-team-value-ch': widest(true) } as CSSProperties;
  return (
    <ul className="cgv-bars" aria-label={label} style={widths}>
      {rows.map((row) => {
        const what = row.text ?? (typeof row.label === 'string' || typeof row.label === 'number' ? String(row.label) : '');
        return (
          <li key={row.key} className="cgv-bar-row">
            <div className="cgv-bar-label">
              <span className="cgv-bar-text">{row.label}</span>
              {row.sub ? <span className="cgv-bar-sub">{row.sub}</span> : null}
            </div>
            <div className="cgv-bar-series">
              {row.series.map((s, i) => (
                <div key={s.team ?? i} className={`cgv-bar-line${s.team ? ` cgv-bar-team cgv-team-${s.team}` : ''}`}>
                  {s.team ? (
                    <span className="cgv-bar-who" aria-hidden="true">
                      {TEAM_MARK[s.team]} {teamName(i18n, s.team)}
                    </span>
                  ) : null}
                  <span className="cgv-bar-track" aria-hidden="true">
                    <span className="cgv-bar-fill" style={{ width: `${Math.max(s.value > 0 ? 1.5 : 0, (s.value / top) * 100)}%` }} />
                  </span>
                  <span className="cgv-bar-value">
                    <span className="cgv-sr">{`${s.team ? teamName(i18n, s.team) : t`All`}: ${what ? `${what} ` : ''}`}</span>
                    {s.label}
                  </span>
                </div>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** One team's results that may be shown: it answered, and is not below the anonymity threshold. */
export type TeamEntry<Tally = unknown> = TeamResult<Tally> & { result: Tally };

/** The teams whose split may be shown (answered, and not below the anonymity threshold). */
export function visibleTeams<Tally>(results: ResultsOf<Tally>): TeamEntry<Tally>[] {
  return (results.aggregate?.teams ?? []).filter((t): t is TeamEntry<Tally> => t.n > 0 && !t.suppressed && t.result !== null);
}

/** "Marketing split hidden: fewer than 3 answered", or why a larger team is hidden too (see hiddenSplitReason). */
export const suppressedMessage = (i18n: I18n, team: Team, results: ResultsOf<unknown>) =>
  hiddenSplitText(i18n, team, results.aggregate?.teams ?? [], results.threshold);

/**
 * A per-team section: "Sales n=6 · Marketing n=5" up top, the suppression
 * message where a hidden team's chart would be, and the chart for the rest.
 * As a 'legend' it is one quiet line above a chart that already carries the teams.
 */
export function TeamSplit<Tally>({
  results,
  title: titleGiven,
  variant = 'section',
  children,
}: {
  results: ResultsOf<Tally>;
  title?: string;
  variant?: 'section' | 'legend';
  children?(teams: TeamEntry<Tally>[]): ReactNode;
}) {
  const { i18n, t: translate } = useLingui();
  const title = titleGiven ?? translate`By team`;
  const teams = (results.aggregate?.teams ?? []).filter((t) => t.n > 0);
  const visible = visibleTeams(results);
  const hidden = teams.filter((t) => t.suppressed || t.result === null);
  const counts = (
    <p className="cgv-split-n">
      {teams.length === 0
        ? translate`Nobody has answered yet`
        : teams.map((t, i) => (
            <span key={t.team} className="cgv-split-team">
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              <TeamMark team={t.team} /> n={t.n}
              {i < teams.length - 1 ? <span className="cgv-sr">,</span> : null}
            </span>
          ))}
    </p>
  );
  const notes = hidden.map((t) => (
    <p key={t.team} className="cgv-suppressed">
      <span aria-hidden="true">{TEAM_MARK[t.team]} </span>
      {suppressedMessage(i18n, t.team, results)}
    </p>
  ));
  if (variant === 'legend') {
    return (
      <div className="cgv-legend" role="group" aria-label={title}>
        {counts}
        {notes}
      </div>
    );
  }
  return (
    <section className="cgv-split" aria-label={title}>
      <div className="cgv-split-head">
        <h3 className="cgv-split-title">{title}</h3>
        {counts}
      </div>
      {notes}
      {visible.length > 0 && children ? children(visible) : null}
    </section>
  );
}

/** Nothing to chart yet: "No answers yet.", or the view's own words (`children`, e.g. <Trans>No cards yet.</Trans>). */
export function NoAnswers({ children }: { children?: ReactNode }) {
  return <p className="cgv-empty-results">{children ?? <Trans>No answers yet.</Trans>}</p>;
}
