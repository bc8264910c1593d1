import { Trans, useLingui } from '@lingui/react/macro';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { TEAM_MARK } from '../../shared/domain';
import { teamName } from '../../shared/team-words';
import type { CardSortTally } from './logic';
import { CUSTOM_PREFIX } from './logic';
import type { TeamEntry } from '../kit/views/charts';
import { gap, topColumn } from './tally-view';
import { PagedColumns } from '../kit/views/PagedColumns';
import './cardsort.css';
import { percentOf, shareIn } from '../kit/numbers';

type Card = CardSortTally['cards'][number];

/** Participants' own columns fold into one on the projector, so the table stays one screen wide. */
function fold(tally: CardSortTally, i18n: I18n): CardSortTally {
  const custom = tally.columns.filter((c) => c.id.startsWith(CUSTOM_PREFIX));
  if (custom.length <= 1) return tally;
  const OWN = `${CUSTOM_PREFIX}*`;
  const columns = [...tally.columns.filter((c) => !c.id.startsWith(CUSTOM_PREFIX)), { id: OWN, text: i18n._(msg`Own columns`) }];
  const cards = tally.cards.map((card) => {
    const counts: Record<string, number> = {};
    for (const [col, n] of Object.entries(card.counts)) {
      const key = col.startsWith(CUSTOM_PREFIX) ? OWN : col;
      counts[key] = (counts[key] ?? 0) + n;
    }
    return { ...card, counts };
  });
  return { columns, cards };
}

/**
 * The projector's one table: the cards, the overall share per column in big
 * type, each team's share beside it, cards where the teams split first (or,
 * without two teams to compare, the most answered first). Every card: what does
 * not fit one screen goes on the next page, the column heads repeated on each.
 */
export function ProjectorMatrix({ tally: raw, teams, n }: { tally: CardSortTally; teams: TeamEntry<CardSortTally>[]; n: number }) {
  const { i18n, t: translate } = useLingui();
  const tally = fold(raw, i18n);
  const teamTallies = teams.slice(0, 2).map((t) => ({ team: t.team, tally: fold(t.result, i18n) }));
  const [a, b] = teamTallies;
  const find = (t: CardSortTally | undefined, id: string): Card | undefined => t?.cards.find((c) => c.id === id);
  const rows = tally.cards
    .map((card) => {
      const ca = find(a?.tally, card.id);
      const cb = find(b?.tally, card.id);
      const split = a && b && ca && cb && ca.total > 0 && cb.total > 0 ? topColumn(a.tally, ca)?.id !== topColumn(b.tally, cb)?.id : false;
      return { card, split, gap: gap(tally.columns, ca, cb) };
    })
    .sort((x, y) => (a && b ? y.gap - x.gap : 0) || y.card.total - x.card.total);
  return (
    <>
      <p className="cgv-results-summary cgv-pmatrix-summary">
        {teamTallies.length === 2 ? (
          <Trans>Where {n} people put each card, biggest team differences first. ≠ marks a card the teams put in different columns.</Trans>
        ) : (
          <Trans>Where {n} people put each card.</Trans>
        )}
      </p>
      <PagedColumns label={translate`Where each card went`} columns={1}>
        <table className="cgv-matrix cgv-pmatrix">
          <caption className="cgv-sr">
            <Trans>Where {n} people put each card.</Trans>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans>Card</Trans>
              </th>
              {tally.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ card, split }) => {
              const top = topColumn(tally, card);
              return (
                <tr key={card.id} className={split ? 'cgv-row-differ' : undefined}>
                  <th scope="row">
                    {split ? (
                      <span className="cgv-split-mark" title={translate`Teams split`}>
                        <span aria-hidden="true">≠ </span>
                        <span className="cgv-sr">{translate`Teams split:`} </span>
                      </span>
                    ) : null}
                    {card.text}
                  </th>
                  {tally.columns.map((c) => {
                    const count = card.counts[c.id] ?? 0;
                    const heat = card.total > 0 ? count / card.total : 0;
                    const nobody = count === 0;
                    if (nobody) {
                      return (
                        <td key={c.id} className="cgv-cell cgv-cell-zero">
                          {shareIn(i18n, 0, 1)}
                          <span className="cgv-sr"> (0)</span>
                        </td>
                      );
                    }
                    return (
                      <td
                        key={c.id}
                        className={`cgv-cell${top?.id === c.id && count > 0 ? ' cgv-cell-top' : ''}`}
                        style={{ ['--heat' as string]: heat.toFixed(2) }}
                      >
                        <span className="cgv-cell-pct">{shareIn(i18n, count, card.total)}</span> <span className="cgv-cell-count">({count})</span>
                        {teamTallies.map(({ team, tally: t }) => {
                          const tc = find(t, card.id);
                          return tc && tc.total > 0 ? (
                            <span key={team} className={`cgv-cell-team cgv-team-${team}`}>
                              <span aria-hidden="true">{TEAM_MARK[team]}</span>
                              <span className="cgv-sr">{teamName(i18n, team)}</span>
                              {i18n.number(percentOf(tc.counts[c.id] ?? 0, tc.total))}
                              <span className="cgv-sr">%</span>
                            </span>
                          ) : null;
                        })}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </PagedColumns>
    </>
  );
}
