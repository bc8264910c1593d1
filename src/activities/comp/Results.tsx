import type { ResultsViewProps } from '../view-types';
import { BarChart, NoAnswers, TeamSplit, visibleTeams } from '../kit/views/charts';
import { PagedColumns } from '../kit/views/PagedColumns';
import { Surface } from '../kit/views/surface';
import { readCompBoard, type CompConfig } from './definition';
import type { PollTally } from './logic';
import './comp.css';
import { percentText, plural } from '../kit/numbers';

/**
 * Poll results split by team, and the room's "so what for marketing". On the
 * projector only the open poll (when the page passes the board), else every
 * poll that has answers.
 */
export function CompResults({ results, surface, board }: ResultsViewProps<CompConfig, PollTally>) {
  const b = readCompBoard(board);
  const overall = results.aggregate?.overall;
  const answered = overall?.scenarios.filter((s) => s.n > 0) ?? [];
  // The projector shows one thing: the open poll while polling, else the takeaways (or the first poll).
  const projector = surface === 'projector';
  const polling = projector && b.view === 'poll' && b.scenarioId !== null;
  const showTakeaways = b.takeaways.length > 0 && (!projector || !polling);
  const shown = !projector ? answered : polling ? answered.filter((s) => s.id === b.scenarioId) : showTakeaways ? [] : answered.slice(0, 1);
  const teams = visibleTeams(results);
  const list = (
    <ul className="cgc-takeaway-list">
      {b.takeaways.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
  return (
    <Surface kind={surface} className={projector && showTakeaways ? 'cgv-results cgc-results cgv-paged-screen' : 'cgv-results cgc-results'}>
      {shown.length === 0 ? showTakeaways ? null : <NoAnswers /> : <TeamSplit results={results} title="Teams in these polls" variant="legend" />}
      {shown.map((s) => (
        <section key={s.id} className="cgc-result" aria-label={s.prompt}>
          <h3 className="cgc-result-prompt">{s.prompt}</h3>
          <BarChart
            label={`Answers to: ${s.prompt}`}
            rows={s.options.map((o) => ({
              key: o.id,
              label: o.text,
              series: [
                { value: s.n > 0 ? (o.count / s.n) * 100 : 0, label: `${percentText(o.count, s.n)} · ${plural(o.count, 'person', 'people')}` },
                ...teams.map((t) => {
                  const ts = t.result.scenarios.find((x) => x.id === s.id);
                  const c = ts?.options.find((x) => x.id === o.id)?.count ?? 0;
                  return { team: t.team, value: ts && ts.n > 0 ? (c / ts.n) * 100 : 0, label: percentText(c, ts?.n ?? 0) };
                }),
              ],
            }))}
            max={100}
          />
        </section>
      ))}
      {showTakeaways ? (
        <section className="cgc-takeaways" aria-label="So what for marketing">
          <h3 className="cgc-result-prompt">So what for marketing</h3>
          {projector ? (
            <PagedColumns label="Takeaways" columns={2}>
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
