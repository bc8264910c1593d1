import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { followedThroughShare, type Direction, type FollowThroughPoint, type SeriesTrends, type TrendWorkshop } from '../../../shared/trends';
import { quoteText } from '../../../shared/since-last-time';
import { CHANGE_ARROW, HIDDEN, trendTables, type TrendRow } from '../../../shared/trend-tables';
import './series-trends.css';

// Trends across a series (issue #18), for the console: the pulse gap per statement and the lead-card
// divergence, one column per workshop. Real tables (caption, column and row headers), each figure as text
// with a small bar beside it for the eye; which way it last went in words. Presentational: trends in.

const dateLocale = (i18n: I18n) => (i18n.locale === 'en' || i18n.locale === 'pseudo' ? 'en-GB' : i18n.locale);
/** "3 Mar 2027" / "3. März 2027", or "No date", in the interface language. */
const dateOf = (i18n: I18n, w: TrendWorkshop) =>
  w.date
    ? new Date(`${w.date}T00:00:00Z`).toLocaleDateString(dateLocale(i18n), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    : i18n._(msg`No date`);

const CHANGE_WORD: Readonly<Record<Direction, MessageDescriptor>> = { narrowed: msg`narrowed`, widened: msg`widened`, unchanged: msg`unchanged` };

function TrendTable({ caption, first, rows, shown, max }: { caption: string; first: string; rows: TrendRow[]; shown: TrendWorkshop[]; max: number }) {
  const { i18n } = useLingui();
  return (
    <div className="series-trends-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="series-trends-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {shown.map((w) => (
              <th scope="col" key={w.id} className="series-trends-num">
                <span className="series-trends-when">{w.title}</span>
                <span className="series-trends-date">{dateOf(i18n, w)}</span>
              </th>
            ))}
            <th scope="col">
              <Trans>Last change</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={shown[i]!.id} className={`series-trends-num${c.text === HIDDEN ? ' is-hidden' : ''}`}>
                  {c.text === HIDDEN ? <Trans>hidden</Trans> : c.text}
                  {c.value !== null ? (
                    <span className="series-trends-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, (c.value / max) * 100)}%` }} />
                    </span>
                  ) : null}
                </td>
              ))}
              <td className={r.change ? `series-trends-change is-${r.change}` : 'series-trends-change'}>
                {r.change ? (
                  <>
                    <span aria-hidden="true">{CHANGE_ARROW[r.change]} </span>
                    {i18n._(CHANGE_WORD[r.change])}
                  </>
                ) : (
                  <span className="series-trends-muted">
                    <Trans>not yet</Trans>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const percent = (i18n: I18n, share: number | null) => (share === null ? '–' : i18n.number(share, { style: 'percent', maximumFractionDigits: 0 }));

function FollowThroughTable({ points, shown }: { points: FollowThroughPoint[]; shown: TrendWorkshop[] }) {
  const { t, i18n } = useLingui();
  const caption = t`Commitments made in each workshop and what became of them`;
  const columns = [t`Workshop`, t`Made`, t`Done`, t`Partly`, t`Not done`, t`Dropped`, t`Not reviewed`, t`Followed through`];
  return (
    <div className="series-trends-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="series-trends-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((h, i) => (
              <th scope="col" key={h} className={i > 0 ? 'series-trends-num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => {
            const w = shown.find((x) => x.id === p.workshopId)!;
            return (
              <tr key={p.workshopId}>
                <th scope="row">
                  {w.title} <span className="series-trends-date">{dateOf(i18n, w)}</span>
                </th>
                {[p.made, p.done, p.partly, p.notDone, p.dropped, p.open].map((n, i) => (
                  <td key={i} className="series-trends-num">
                    {i18n.number(n)}
                  </td>
                ))}
                <td className="series-trends-num">{percent(i18n, followedThroughShare(p))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The trends of a series (or of its workshops up to one): pulse gaps, lead-card divergence and, when given, commitment follow-through. */
export function SeriesTrendsPanel({ trends, headingLevel = 2 }: { trends: SeriesTrends; headingLevel?: 2 | 3 }) {
  const titleId = useId();
  const { shown, left, pulse, cards } = trendTables(trends);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const follow = trends.followThrough?.filter((f) => shown.some((w) => w.id === f.workshopId)) ?? [];
  const { t } = useLingui();
  const seriesTitle = quoteText(trends.series.title);
  const hidden = t`hidden`;
  return (
    <section className="series-trends" aria-labelledby={titleId}>
      <Heading id={titleId} className="series-trends-title">
        <Trans>Trends across the series</Trans>
      </Heading>
      <p className="series-trends-intro">
        <Trans>
          How far apart Sales and Marketing were in each workshop of {seriesTitle}, the latest on the right. Smaller is closer; “{hidden}” means a team had too
          few answers to show on its own.
        </Trans>
        {left === 1 ? ' ' + t`The first workshop is left out for space.` : left > 1 ? ' ' + t`The first ${left} workshops are left out for space.` : ''}
      </p>
      {pulse.length > 0 ? (
        <TrendTable
          caption={t`Alignment pulse: gap between the teams’ mean ratings (0 = the same, 4 = opposite ends of the scale)`}
          first={t`Statement`}
          rows={pulse}
          shown={shown}
          max={4}
        />
      ) : (
        <p className="series-trends-muted">
          <Trans>No alignment pulse has been answered in this series yet.</Trans>
        </p>
      )}
      {cards.length > 0 ? (
        <TrendTable
          caption={t`Lead-quality sort: how far apart the teams sorted each card (0 = the same split, 100 = no overlap)`}
          first={t`Card`}
          rows={cards}
          shown={shown}
          max={1}
        />
      ) : (
        <p className="series-trends-muted">
          <Trans>No lead-sort card has been sorted in more than one workshop of this series yet.</Trans>
        </p>
      )}
      {follow.length > 0 && follow.every((f) => f.made === 0) ? (
        <p className="series-trends-muted">
          <Trans>No commitments have been made in this series yet, so there is no follow-through to show.</Trans>
        </p>
      ) : follow.length > 0 ? (
        <FollowThroughTable points={follow} shown={shown} />
      ) : null}
    </section>
  );
}
