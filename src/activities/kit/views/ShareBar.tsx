import { TEAM_LABEL, TEAM_MARK, type Team } from '../../../shared/domain';
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

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "Quality lead 80%, Not a signal 0%, Depends 20%" */
export const describeShares = (columns: readonly Column[], d: Distribution) =>
  d ? columns.map((c) => `${c.text} ${pct(d[c.id] ?? 0)}`).join(', ') : 'not placed';

/** Which look each column has, written once above the bars. */
export function ShareLegend({ columns }: { columns: readonly Column[] }) {
  return (
    <ul className="cgx-legend" aria-label="Columns">
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
  return (
    <div className={`cgx-sharebar cgv-team-${team}${compact ? ' cgx-sharebar-compact' : ''}`}>
      <span className="cgx-sharebar-who">
        <span className="cgx-team-shape" aria-hidden="true">
          {TEAM_MARK[team]}
        </span>
        <span className="cgx-team-name">{TEAM_LABEL[team]}</span>
      </span>
      <span className="cgv-sr">{`: ${describeShares(columns, d)} (n=${n})`}</span>
      <span className="cgx-sharebar-track" aria-hidden="true">
        {d ? (
          columns.map((c, i) => {
            const share = d[c.id] ?? 0;
            if (share === 0) return null;
            return (
              <span key={c.id} className={`cgx-seg cgx-tone-${toneOf(i)}`} style={{ flexGrow: share, flexBasis: 0 }} title={`${c.text} ${pct(share)}`}>
                {share >= 0.15 ? pct(share) : ''}
              </span>
            );
          })
        ) : (
          <span className="cgx-seg-none">not placed</span>
        )}
      </span>
    </div>
  );
}
