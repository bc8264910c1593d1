import type { ResultsViewProps } from '../view-types';
import { ph } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { CardSortTally } from '../cardsort/logic';
import { CardSortResults } from '../cardsort/Results';
import { NoAnswers, TeamSplit } from '../kit/views/charts';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { apartOf100 } from '../../shared/apart';
import { apartScale, apartText } from '../kit/views/apart-words';
import './leadsort.css';
import { ShareBar, ShareLegend } from '../kit/views/ShareBar';
import type { LeadSortConfig } from './definition';
import { comparisonOf, readLeadBoard } from './board';
import { LeadSortRoomResults } from './RoomResults';
import { percentIn } from '../kit/numbers';
import { cardChange, cardChangeSummary, type CardChange } from './card-change';

/** "83 last time → 40 now, closer" under a card: the arrow is for the eye, the words say it (read as "83 last time, 40 now, closer"). */
function CardChangeNote({ change }: { change: CardChange | null }) {
  const { t } = useLingui();
  if (!change) return null;
  const before = change.figures?.before;
  const now = change.figures?.now;
  const way = change.figures?.word;
  return (
    <span className={`cgx-card-change cgx-change-${change.way}`}>
      <span className="cgv-sr">{t`How far apart:`} </span>
      {change.figures ? (
        <Trans>
          {before} last time <span aria-hidden="true">→</span>
          <span className="cgv-sr">,</span> {now} now, <strong>{way}</strong>
        </Trans>
      ) : (
        change.text
      )}
    </span>
  );
}

export function LeadSortResults(props: ResultsViewProps<LeadSortConfig, CardSortTally>) {
  const { activity, config, results, surface, board, trends } = props;
  const { i18n, t } = useLingui();
  const outcome = readLeadBoard(board);
  if (surface === 'projector' && outcome.onScreen === 'outcome') {
    return (
      <Surface kind={surface} className="cgv-results cgx-diverge cgv-paged-screen">
        <h3 className="cgx-section-title">
          <Trans>Our draft definition of a quality lead</Trans>
        </h3>
        {outcome.definition.trim() ? (
          <PagedColumns label={t`The draft definition`} columns={outcome.definition.trim().split('\n').length > 6 || outcome.definition.length > 420 ? 2 : 1}>
            <DefinitionText text={outcome.definition} />
          </PagedColumns>
        ) : (
          <p className="cgx-outcome-text">
            <Trans>The draft is still empty: write it in the console.</Trans>
          </p>
        )}
      </Surface>
    );
  }
  const overall = results.aggregate?.overall;
  if (!overall || !results.aggregate || results.aggregate.n === 0) {
    return (
      <Surface kind={surface}>
        <NoAnswers>
          <Trans>No sorts yet.</Trans>
        </NoAnswers>
      </Surface>
    );
  }
  const cmp = comparisonOf(config, results, i18n);
  if (('why' in cmp || cmp.compared === 0) && surface === 'projector') {
    // No split to show on the projector: the whole room, fitted and paged like the comparison, and why.
    return (
      <LeadSortRoomResults
        config={config}
        results={results}
        overall={overall}
        why={'why' in cmp ? cmp.why : t`No team comparison: no signal has answers from both teams yet.`}
      />
    );
  }
  if ('why' in cmp || cmp.compared === 0) {
    // No split to show: the plain card sort table with its notes, and why.
    return (
      <div className="cgx-stack">
        <Surface kind={surface} className="cgx-why">
          <p className="cgx-why-text">{'why' in cmp ? cmp.why : t`No card has answers from both teams yet.`}</p>
        </Surface>
        <CardSortResults {...props} />
      </div>
    );
  }
  const projector = surface === 'projector';
  // In a series: how far apart each card was last time next to now (issue #18). Only cards compared now get here,
  // so a split hidden now is never compared; one hidden then says so without a figure.
  const changes = new Map(cmp.ranked.map((c) => [c.id, cardChange(i18n, trends, activity.workshopId, c.text, c.divergence)]));
  const since = trends ? cardChangeSummary(i18n, [...changes.values()], trends.workshops) : null;
  const agreement = percentIn(i18n, Math.round((cmp.agreement ?? 0) * 100));
  const matched = cmp.sameTopCount;
  const compared = cmp.compared;
  const notesOf = (id: string) => overall.cards.find((c) => c.id === id)?.notes ?? [];
  // Every card, on the projector too: what does not fit one screen is on the next page.
  const list = (
    <ol className="cgx-diverge-list">
      {cmp.ranked.map((c, i) => (
        <li key={c.id} className={`cgx-diverge-row${c.sameTop === false ? ' cgx-split' : ''}`}>
          <span className="cgx-rank" aria-hidden="true">
            {i + 1}
          </span>
          <div className="cgx-diverge-card">
            <span className="cgx-card-text">{c.text}</span>
            {c.sameTop === false && !projector ? <span className="cgx-flag">{t`Teams split`}</span> : null}
            <CardChangeNote change={changes.get(c.id) ?? null} />
            {!projector && notesOf(c.id).length > 0 ? (
              <details className="cgv-notes">
                <summary>{t`Depends on… (${ph({ count: notesOf(c.id).length })})`}</summary>
                <ul>
                  {notesOf(c.id).map((n, k) => (
                    <li key={k}>{n}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
          <div className="cgx-diverge-bars">
            <ShareBar team="sales" n={c.na} columns={config.columns} d={c.a} compact={projector} />
            <ShareBar team="marketing" n={c.nb} columns={config.columns} d={c.b} compact={projector} />
          </div>
          <p className="cgx-score" aria-label={t`how far apart: ${ph({ apart: apartText(i18n, c.divergence) })}`}>
            <span className="cgx-score-num">{apartOf100(c.divergence)}</span>
            <span className="cgx-score-label">{t`of 100`}</span>
          </p>
        </li>
      ))}
    </ol>
  );
  return (
    <Surface kind={surface} className={`cgv-results cgx-diverge cgx-leadsort${projector ? ' cgv-paged-screen' : ''}`}>
      <div className="cgx-headline">
        <p className="cgx-big">
          <Trans>
            <span className="cgx-big-num">{agreement}</span> agreement
          </Trans>
        </p>
        <p className="cgx-headline-sub">
          <Trans>
            Both teams' most common column matched on {matched} of <Plural value={compared} one="# card" other="# cards" />; the agreement counts every answer.
          </Trans>
        </p>
      </div>
      {since ? <p className="cgx-since">{since}</p> : null}
      <TeamSplit results={results} title={t`Teams in this sort`} variant="legend" />
      <div className="cgx-section-head">
        <h3 className="cgx-section-title">
          <Trans>Where we disagree most</Trans> <span className="cgx-section-note">({apartScale(i18n)})</span>
        </h3>
        <ShareLegend columns={config.columns} />
      </div>
      {projector ? (
        <PagedColumns label={t`Every card, where we disagree most first`} columns={1}>
          {list}
        </PagedColumns>
      ) : (
        list
      )}
      {!projector ? (
        <p className="cgx-footnote">
          <Trans>
            How far apart: how differently the two teams sorted a card, from 0 (the same split) to 100 (no overlap at all). It is half the sum of the
            differences between the teams’ shares in each column, out of 100.
          </Trans>
        </p>
      ) : null}
    </Surface>
  );
}

/** The definition as written, with runs of "- " lines shown as real lists (as in the report), in their order. */
function DefinitionText({ text }: { text: string }) {
  const BULLET = /^\s*[-•*]\s+/;
  const parts: ({ kind: 'p'; text: string } | { kind: 'ul'; items: string[] })[] = [];
  for (const line of text.trim().split('\n')) {
    const last = parts.at(-1);
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      if (last?.kind === 'ul') last.items.push(item);
      else parts.push({ kind: 'ul', items: [item] });
    } else if (line.trim() === '') {
      parts.push({ kind: 'p', text: '' });
    } else if (last?.kind === 'p' && last.text !== '') {
      last.text += `\n${line}`;
    } else {
      parts.push({ kind: 'p', text: line });
    }
  }
  return (
    <div className="cgx-outcome-text cgx-definition-text">
      {parts.map((part, i) =>
        part.kind === 'ul' ? (
          <ul key={i}>
            {part.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : part.text ? (
          <p key={i}>{part.text}</p>
        ) : null,
      )}
    </div>
  );
}
