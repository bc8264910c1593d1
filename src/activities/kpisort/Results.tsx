import type { ReactNode } from 'react';
import { ph } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { ResultsViewProps } from '../view-types';
import { PagedColumns } from '../kit/views/PagedColumns';
import type { CardSortTally } from '../cardsort/logic';
import { NoAnswers, TeamSplit } from '../kit/views/charts';
import { TeamMark } from '../kit/views/TeamMark';
import { Surface } from '../kit/views/surface';
import { compareTeams, topOf, type Distribution } from '../team-divergence';
import { ShareBar, ShareLegend, toneOf } from '../kit/views/ShareBar';
import { twoTeams } from '../kit/views/teams';
import type { KpiSortConfig } from './definition';
import { ownerLabel } from './owner-words';
import { kpiTable, readKpiBoard } from './board';
import { apartOf100 } from '../../shared/apart';
import { apartScale, apartText } from '../kit/views/apart-words';
import '../kit/views/exercises.css';
import './kpisort.css';
import { percentIn } from '../kit/numbers';

type Column = KpiSortConfig['columns'][number];

/** "▮ Shared 80%": the column most of a team chose, with its share. */
function TopCell({ columns, d }: { columns: readonly Column[]; d: Distribution }) {
  const { i18n } = useLingui();
  const top = topOf(columns, d);
  if (!d || !top)
    return (
      <span className="cgv-muted">
        <Trans>not placed</Trans>
      </span>
    );
  const i = columns.findIndex((c) => c.id === top);
  return (
    <span className="cgx-owner">
      <span className={`cgx-swatch cgx-tone-${toneOf(i)}`} aria-hidden="true" />
      {columns[i]!.text} {percentIn(i18n, Math.round((d[top] ?? 0) * 100))}
    </span>
  );
}

/** The agreed table: what the facilitator settled on the board. */
export function KpiOutcomeTable({ config, board, overall }: { config: KpiSortConfig; board: unknown; overall: CardSortTally | undefined }) {
  const { i18n } = useLingui();
  const rows = kpiTable(config, readKpiBoard(board), overall);
  return (
    <table className="cgx-kpi-table">
      <caption className="cgv-sr">
        <Trans>Our KPIs: owner, person and target</Trans>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Trans>KPI</Trans>
          </th>
          <th scope="col">
            <Trans>Owner</Trans>
          </th>
          <th scope="col">
            <Trans>Who</Trans>
          </th>
          <th scope="col">
            <Trans>Target</Trans>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.kpiId}>
            <th scope="row">{r.text}</th>
            <td>{r.owner ? ownerLabel(i18n, r.owner) : '—'}</td>
            <td>{r.person || '—'}</td>
            <td>{r.target ? `${r.target}${r.unit ? ` ${r.unit}` : ''}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function KpiSortResults({ config, results, surface, board }: ResultsViewProps<KpiSortConfig, CardSortTally>) {
  const { i18n, t } = useLingui();
  const overall = results.aggregate?.overall;
  const projector = surface === 'projector';
  if (projector && readKpiBoard(board).onScreen === 'outcome') {
    return (
      <Surface kind={surface} className="cgv-results cgx-diverge cgx-kpi-results cgv-paged-screen">
        {config.goal ? (
          <p className="cgx-goal">
            <span className="cgx-goal-label">
              <Trans>Our goal</Trans>
            </span>
            {config.goal}
          </p>
        ) : null}
        {/* Every agreed KPI on the projector, whole rows page by page (German KPIs and owners run long, #19). */}
        <PagedColumns label={t`Our KPIs: owner, person and target`} columns={1}>
          <KpiOutcomeTable config={config} board={board} overall={overall} />
        </PagedColumns>
      </Surface>
    );
  }
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers>
          <Trans>No sorts yet.</Trans>
        </NoAnswers>
      </Surface>
    );
  }
  const pair = twoTeams(results, i18n);
  const cmp = 'why' in pair ? null : compareTeams(config.columns, config.cards, pair.sales.result, pair.marketing.result);
  // Different owners first (farthest apart first), then the rest, then KPIs one team left unplaced.
  const rows = cmp
    ? [...cmp.ranked.filter((c) => c.sameTop === false), ...cmp.ranked.filter((c) => c.sameTop !== false), ...cmp.cards.filter((c) => c.divergence === null)]
    : [];
  const differ = cmp ? cmp.compared - cmp.sameTopCount : 0;
  const same = cmp?.sameTopCount ?? 0;
  const compared = cmp?.compared ?? 0;
  // On the projector every KPI shows: what does not fit one screen goes on the next page.
  const paged = (label: string, table: ReactNode) =>
    projector ? (
      <PagedColumns label={label} columns={1}>
        {table}
      </PagedColumns>
    ) : (
      table
    );
  return (
    <Surface kind={surface} className={`cgv-results cgx-diverge${projector ? ' cgx-kpi-results cgv-paged-screen' : ''}`}>
      <div className="cgx-headline">
        <p className="cgx-big">{cmp ? <Plural value={differ} one="# KPI to settle" other="# KPIs to settle" /> : t`Who owns which number`}</p>
        {cmp ? (
          <p className="cgx-headline-sub">
            <Trans>
              Sales and Marketing chose the same owner for {same} of {compared}.
            </Trans>
          </p>
        ) : null}
      </div>
      <TeamSplit results={results} title={t`Teams in this sort`} variant="legend" />
      {'why' in pair ? <p className="cgx-why-text">{pair.why}</p> : null}
      {cmp && projector
        ? paged(
            t`Every KPI, different owners first`,
            <table className="cgx-kpi-table">
              <caption className="cgv-sr">
                <Trans>Where each team put each KPI, disagreements first. ≠ marks a KPI the teams gave different owners.</Trans>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Trans>KPI</Trans>
                  </th>
                  <th scope="col">
                    <Trans>
                      <TeamMark team="sales" /> says
                    </Trans>
                  </th>
                  <th scope="col">
                    <Trans>
                      <TeamMark team="marketing" /> says
                    </Trans>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} className={c.sameTop === false ? 'cgx-row-differ' : undefined}>
                    <th scope="row">
                      {c.sameTop === false ? (
                        <span className="cgx-differ-mark">
                          <span aria-hidden="true">≠</span>
                          <span className="cgv-sr">{t`Teams differ:`} </span>
                        </span>
                      ) : null}
                      {c.text}
                    </th>
                    <td>
                      <TopCell columns={config.columns} d={c.a} />
                    </td>
                    <td>
                      <TopCell columns={config.columns} d={c.b} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>,
          )
        : null}
      {cmp && !projector ? (
        <>
          <div className="cgx-section-head">
            <h3 className="cgx-section-title">
              <Trans>Where the teams chose differently</Trans> <span className="cgx-section-note">({apartScale(i18n)})</span>
            </h3>
            <ShareLegend columns={config.columns} />
          </div>
          <ol className="cgx-diverge-list">
            {rows.map((c) => (
              <li key={c.id} className="cgx-diverge-row">
                <span className="cgx-rank" aria-hidden="true" />
                <div className="cgx-diverge-card">
                  <span className="cgx-card-text">{c.text}</span>
                  {c.sameTop === false ? <span className="cgx-flag">{t`Teams differ`}</span> : null}
                </div>
                <div className="cgx-diverge-bars">
                  <ShareBar team="sales" n={c.na} columns={config.columns} d={c.a} />
                  <ShareBar team="marketing" n={c.nb} columns={config.columns} d={c.b} />
                </div>
                <p className="cgx-score">
                  <span className="cgv-sr">
                    {c.divergence === null ? t`how far apart: not compared` : t`how far apart: ${ph({ apart: apartText(i18n, c.divergence) })}`}
                  </span>
                  <span className="cgx-score-num" aria-hidden="true">
                    {c.divergence === null ? '–' : apartOf100(c.divergence)}
                  </span>{' '}
                  <span className="cgx-score-label" aria-hidden="true">
                    {t`of 100`}
                  </span>
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {!cmp
        ? paged(
            t`Every KPI, who most of the room says owns it`,
            <table className="cgx-kpi-table">
              <caption className="cgv-sr">
                <Trans>Where the room put each KPI</Trans>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Trans>KPI</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Most of the room says</Trans>
                  </th>
                </tr>
              </thead>
              <tbody>
                {config.cards.map((k) => {
                  const card = overall.cards.find((c) => c.id === k.id);
                  const d = card && card.total > 0 ? Object.fromEntries(config.columns.map((col) => [col.id, (card.counts[col.id] ?? 0) / card.total])) : null;
                  return (
                    <tr key={k.id}>
                      <th scope="row">{k.text}</th>
                      <td>
                        <TopCell columns={config.columns} d={d} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>,
          )
        : null}
    </Surface>
  );
}
