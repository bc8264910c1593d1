import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ResultsViewProps } from '../view-types';
import { BarChart, TeamSplit, visibleTeams } from '../kit/views/charts';
import { PagedColumns } from '../kit/views/PagedColumns';
import { Surface } from '../kit/views/surface';
import { readCompBoard, type CompConfig } from './definition';
import type { PollTally } from './logic';
import './comp.css';
import { percentOf } from '../kit/numbers';

/**
 * Poll results split by team, and the room's "so what for marketing". On the
 * projector only the open poll (when the page passes the board), else every
 * poll that has answers.
 */
export function CompResults({ results, surface, board }: ResultsViewProps<CompConfig, PollTally>) {
  const b = readCompBoard(board);
  const { t, i18n } = useLingui();
  const percent = (part: number, whole: number) => i18n.number(percentOf(part, whole) / 100, { style: 'percent' });
  const overall = results.aggregate?.overall;
  const answered = overall?.scenarios.filter((s) => s.n > 0) ?? [];
  // The projector shows one thing: the open poll while polling, else the takeaways (or the first poll).
  const projector = surface === 'projector';
  const polling = projector && b.view === 'poll' && b.scenarioId !== null;
  const showTakeaways = b.takeaways.length > 0 && (!projector || !polling);
  const shown = !projector ? answered : polling ? answered.filter((s) => s.id === b.scenarioId) : showTakeaways ? [] : answered.slice(0, 1);
  const teams = visibleTeams(results);
  const peopleText = (count: number) => t`${plural(count, { one: '# person', other: '# people' })}`;
  const list = (
    <ul className="cgc-takeaway-list">
      {b.takeaways.map((takeaway) => (
        <li key={takeaway}>{takeaway}</li>
      ))}
    </ul>
  );
  return (
    <Surface kind={surface} className={projector && showTakeaways ? 'cgv-results cgc-results cgv-paged-screen' : 'cgv-results cgc-results'}>
      {shown.length === 0 ? (
        showTakeaways ? null : (
          <p className="cgv-empty-results">
            <Trans>No answers yet.</Trans>
          </p>
        )
      ) : (
        <TeamSplit results={results} title={t`Teams in these polls`} variant="legend" />
      )}
      {shown.map((s) => {
        const prompt = s.prompt;
        return (
          <section key={s.id} className="cgc-result" aria-label={s.prompt}>
            <h3 className="cgc-result-prompt">{s.prompt}</h3>
            <BarChart
              label={t`Answers to: ${prompt}`}
              rows={s.options.map((o) => ({
                key: o.id,
                label: o.text,
                series: [
                  { value: s.n > 0 ? (o.count / s.n) * 100 : 0, label: `${percent(o.count, s.n)} · ${peopleText(o.count)}` },
                  ...teams.map((team) => {
                    const ts = team.result.scenarios.find((x) => x.id === s.id);
                    const c = ts?.options.find((x) => x.id === o.id)?.count ?? 0;
                    return { team: team.team, value: ts && ts.n > 0 ? (c / ts.n) * 100 : 0, label: percent(c, ts?.n ?? 0) };
                  }),
                ],
              }))}
              max={100}
            />
          </section>
        );
      })}
      {showTakeaways ? (
        <section className="cgc-takeaways" aria-label={t`So what for marketing`}>
          <h3 className="cgc-result-prompt">
            <Trans>So what for marketing</Trans>
          </h3>
          {projector ? (
            <PagedColumns label={t`Takeaways`} columns={2}>
              {list}
            </PagedColumns>
          ) : (
            list
          )}
        </section>
      ) : null}
    </Surface>
  );
}
