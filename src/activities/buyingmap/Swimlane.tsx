import { useLingui } from '@lingui/react/macro';
import { msg, plural } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { TEAM_MARK, type Team } from '../../shared/domain';
import { teamName } from '../../shared/team-words';
import type { BuyingMapConfig, Owner, Segment } from './definition';
import { markerKey, type BuyingMapTally } from './logic';
import './buyingmap.css';

const OWNER_WORDS: Record<Owner, MessageDescriptor> = { marketing: msg`Marketing`, sales: msg`Sales`, shared: msg`Shared` };
const OWNER_MARK: Record<Owner, string> = { marketing: TEAM_MARK.marketing, sales: TEAM_MARK.sales, shared: `${TEAM_MARK.sales}${TEAM_MARK.marketing}` };

export interface TeamHeat {
  team: Team;
  tally: BuyingMapTally;
}

/**
 * The buyer's journey as a table: stages left to right, a row per kind of
 * fact, the hand-off marked on its stage, and (with a tally) a heat row per
 * friction marker with each shown team's count.
 */
export function Swimlane({
  config,
  segment,
  overall,
  teams = [],
  rows = ['owner', 'goal', 'touchpoints', 'content', 'days'],
}: {
  config: BuyingMapConfig;
  segment: Segment;
  overall?: BuyingMapTally | null;
  teams?: TeamHeat[];
  rows?: ('owner' | 'goal' | 'touchpoints' | 'content' | 'days')[];
}) {
  const max = Math.max(1, ...segment.stages.flatMap((s) => config.markers.map((m) => overall?.counts[markerKey(segment.id, s.id, m.id)] ?? 0)));
  const { t, i18n } = useLingui();
  const label: Record<(typeof rows)[number], string> = {
    owner: t`Owner`,
    goal: t`Buyer’s goal`,
    touchpoints: t`Touchpoints`,
    content: t`Content used`,
    days: t`Typical days`,
  };
  const segmentName = segment.name;
  const daysText = (days: number) => t`${plural(days, { one: '# day', other: '# days' })}`;
  const stages = segment.stages.length;
  return (
    // A narrow console scrolls the table sideways inside this labelled region; the page itself does not (WCAG 1.4.10).
    <div className="cgb-lane-scroll" role="region" aria-label={t`${segmentName}: the buyer’s journey`} tabIndex={0}>
      <table className="cgb-lane">
        <caption className="cgv-sr">{t`${segmentName}: the buyer’s journey, ${plural(stages, { one: '# stage', other: '# stages' })}`}</caption>
        <thead>
          <tr>
            <td className="cgb-corner" />
            {segment.stages.map((s) => (
              <th key={s.id} scope="col" className={`cgb-stage${s.handoff ? ' cgb-handoff' : ''}`}>
                {s.handoff ? (
                  <span className="cgb-handoff-tag">
                    <span aria-hidden="true">▶ </span>
                    {t`hand-off`}
                  </span>
                ) : null}
                <span className="cgb-stage-name">{s.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row" className="cgb-rowhead">
                {label[row]}
              </th>
              {segment.stages.map((s) =>
                row === 'owner' ? (
                  <td key={s.id} className={`cgb-owner cgb-owner-${s.owner}${s.handoff ? ' cgb-handoff' : ''}`}>
                    <span aria-hidden="true">{OWNER_MARK[s.owner]} </span>
                    {i18n._(OWNER_WORDS[s.owner])}
                  </td>
                ) : (
                  <td key={s.id} className={`cgb-cell${s.handoff ? ' cgb-handoff' : ''}`}>
                    {row === 'days' ? (s.days === null ? '–' : daysText(s.days)) : s[row] || '–'}
                  </td>
                ),
              )}
            </tr>
          ))}
          {overall
            ? config.markers.map((m) => (
                <tr key={m.id} className="cgb-heat-row">
                  <th scope="row" className="cgb-rowhead cgb-marker-head">
                    <span className={`cgb-marker-icon cgb-marker-${config.markers.indexOf(m)}`} aria-hidden="true" />
                    {m.text}
                  </th>
                  {segment.stages.map((s) => {
                    const key = markerKey(segment.id, s.id, m.id);
                    const n = overall.counts[key] ?? 0;
                    return (
                      <td key={s.id} className={`cgb-heat${s.handoff ? ' cgb-handoff' : ''}`} style={{ '--heat': n / max } as React.CSSProperties}>
                        <span className="cgb-heat-n">{n > 0 ? n : '·'}</span>
                        {n > 0 && teams.length > 0 ? (
                          <span className="cgb-heat-teams">
                            {teams.map((t) => (
                              <span key={t.team} className={`cgb-heat-team cgv-team-${t.team}`}>
                                <span aria-hidden="true">{TEAM_MARK[t.team]}</span>
                                <span className="cgv-sr">{teamName(i18n, t.team)} </span>
                                {t.tally.counts[key] ?? 0}
                              </span>
                            ))}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))
            : null}
        </tbody>
      </table>
    </div>
  );
}
