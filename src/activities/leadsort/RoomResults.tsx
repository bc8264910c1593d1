import type { ActivityResults } from '../../shared/api/contract';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { CardSortTally } from '../cardsort/logic';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { describeShares, toneOf } from '../kit/views/ShareBar';
import type { LeadSortConfig } from './definition';
import { roomView, type RoomRow } from './room';
import './leadsort.css';
import { percentIn } from '../kit/numbers';

/**
 * The projector's lead sort when the teams cannot be compared (a team below the anonymity
 * threshold, or one not answered yet): the whole room only, one screen like the comparison
 * it stands in for. Up top, how many signals each column is the room's choice for, each
 * number labelled with its column (and that column's look, which the bars below use); then
 * why there is no comparison, in words (it names the team and the threshold, so the team
 * counts line is left out: the list gets its room); then every signal, the most divided first, paged.
 */
export function LeadSortRoomResults({
  config,
  results,
  overall,
  why,
}: {
  config: LeadSortConfig;
  results: ActivityResults;
  overall: CardSortTally;
  why: string;
}) {
  const { t } = useLingui();
  const view = roomView(config, overall);
  const n = results.aggregate?.n ?? 0;
  const signals = view.rows.length;
  const tied = view.tied;
  return (
    <Surface kind="projector" className="cgv-results cgx-diverge cgx-leadsort cgx-leadsort-room cgv-paged-screen">
      <div className="cgx-headline cgx-room-headline">
        <ul className="cgx-verdicts" aria-label={t`Signals by the column most people chose`}>
          {view.verdicts.map((v, i) => (
            <li key={v.id} className="cgx-verdict">
              <span className={`cgx-swatch cgx-tone-${toneOf(i)}`} aria-hidden="true" />
              <span className="cgx-big-num">{v.count}</span> <span className="cgx-verdict-label">{v.text}</span>
            </li>
          ))}
        </ul>
        <p className="cgx-headline-sub">
          {tied ? (
            <Trans>
              <Plural value={signals} one="# signal" other="# signals" /> by the column most of the <Plural value={n} one="# person" other="# people" /> chose;{' '}
              {tied} tied
            </Trans>
          ) : (
            <Trans>
              <Plural value={signals} one="# signal" other="# signals" /> by the column most of the <Plural value={n} one="# person" other="# people" /> chose
            </Trans>
          )}
        </p>
      </div>
      <p className="cgx-why-text">{why}</p>
      <h3 className="cgx-section-title">
        <Trans>Every signal, where the room is most divided first</Trans>{' '}
        <span className="cgx-section-note">
          <Trans>(the whole room, no teams)</Trans>
        </span>
      </h3>
      <PagedColumns label={t`Every signal, where the room is most divided first`} columns={1}>
        <ol className="cgx-diverge-list cgx-room-list">
          {view.rows.map((row, i) => (
            <li key={row.id} className="cgx-diverge-row cgx-room-row">
              <span className="cgx-rank" aria-hidden="true">
                {i + 1}
              </span>
              <span className="cgx-card-text">{row.text}</span>
              <RoomBar columns={config.columns} row={row} />
            </li>
          ))}
        </ol>
      </PagedColumns>
    </Surface>
  );
}

/** The whole room's split of one signal as one stacked bar; shares wide enough carry their percent. */
function RoomBar({ columns, row }: { columns: LeadSortConfig['columns']; row: RoomRow }) {
  const { i18n } = useLingui();
  const pct = (x: number) => percentIn(i18n, Math.round(x * 100));
  return (
    <span className="cgx-room-bar">
      <span className="cgv-sr">{`: ${describeShares(i18n, columns, row.d)}`}</span>
      <span className="cgx-sharebar-track" aria-hidden="true">
        {row.d ? (
          columns.map((c, i) => {
            const share = row.d?.[c.id] ?? 0;
            return share === 0 ? null : (
              <span key={c.id} className={`cgx-seg cgx-tone-${toneOf(i)}`} style={{ flexGrow: share, flexBasis: 0 }}>
                {share >= 0.15 ? pct(share) : ''}
              </span>
            );
          })
        ) : (
          <span className="cgx-seg-none">
            <Trans>not placed</Trans>
          </span>
        )}
      </span>
    </span>
  );
}
