import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { TEAM_MARK, type Team } from '../../../shared/domain';
import { percentIn } from '../numbers';
import { teamName } from '../../../shared/team-words';
import type { Distribution } from '../../team-divergence';
import './exercises.css';

export interface Column {
  id: string;
  text: string;
}

/**
 * Four looks that differ in fill pattern or line style, not only in shade or hue
 * (solid, dotted grey, dashed outline, hatched): readable in greyscale, print and from the back.
 */
const TONES = ['solid', 'mid', 'outline', 'hatch'] as const;
export const toneOf = (index: number) => TONES[index % TONES.length]!;

/** A share (0–1) as a whole percentage in the screen's language. */
const pct = (i18n: I18n, x: number) => percentIn(i18n, Math.round(x * 100));

/** "Quality lead 80%, Not a signal 0%, Depends 20%" */
export const describeShares = (i18n: I18n, columns: readonly Column[], d: Distribution) =>
  d ? columns.map((c) => `${c.text} ${pct(i18n, d[c.id] ?? 0)}`).join(', ') : i18n._(msg`not placed`);

/** Which look each column has, written once above the bars. */
export function ShareLegend({ columns }: { columns: readonly Column[] }) {
  const { t } = useLingui();
  return (
    <ul className="cgx-legend" aria-label={t`Columns`}>
      {columns.map((c, i) => (
        <li key={c.id} className="cgx-legend-item">
          <span className={`cgx-swatch cgx-tone-${toneOf(i)}`} aria-hidden="true" />
          {c.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * One team's split of a card over the columns, as one stacked bar labelled
 * with the team's shape and name (compact too); shares wide enough carry their percent.
 */
export function ShareBar({ team, n, columns, d, compact = false }: { team: Team; n: number; columns: readonly Column[]; d: Distribution; compact?: boolean }) {
  const { i18n } = useLingui();
  return (
    <div className={`cgx-sharebar cgv-team-${team}${compact ? ' cgx-sharebar-compact' : ''}`}>
      <span className="cgx-sharebar-who">
        <span className="cgx-team-shape" aria-hidden="true">
          {TEAM_MARK[team]}
        </span>
        <span className="cgx-team-name">{teamName(i18n, team)}</span>
      </span>
      {/* eslint-disable-next-line lingui/no-unlocalized-strings -- the sample-size notation (n=12) is the same in every language */}
      <span className="cgv-sr">{`: ${describeShares(i18n, columns, d)} (n=${n})`}</span>
      <span className="cgx-sharebar-track" aria-hidden="true">
        {d ? (
          columns.map((c, i) => {
            const share = d[c.id] ?? 0;
            if (share === 0) return null;
            return (
              <span key={c.id} className={`cgx-seg cgx-tone-${toneOf(i)}`} style={{ flexGrow: share, flexBasis: 0 }} title={`${c.text} ${pct(i18n, share)}`}>
                {share >= 0.15 ? pct(i18n, share) : ''}
              </span>
            );
          })
        ) : (
          <span className="cgx-seg-none">
            <Trans>not placed</Trans>
          </span>
        )}
      </span>
    </div>
  );
}
