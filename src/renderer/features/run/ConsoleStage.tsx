import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { ActionItem, Activity, Participant } from '../../../shared/domain';
import type { ActionItemsPort } from '../../../activities/view-types';
import type { ActivityRunState, ProjectorPaging } from '../../../shared/run';
import type { ActivityResults } from '../../../shared/api/contract';
import { findDefinition } from '../../../activities/registry';
import { viewsFor } from '../../../activities/views';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { AutoTextArea } from '../../components/AutoField';
import { useApp, useAppStore } from '../../app/store-context';
import { useAnnounce } from '../../components/run/live-announcer';
import { FacilitatorGuide } from '../../components/FacilitatorGuide';
import { ConsoleTimer } from './ConsoleTimer';
import { ProjectorPager } from './ProjectorPager';
import { ResultsImageMenu } from './ResultsImageMenu';
import { useReviewPort } from './review-port';
import { boardTitle, kindWord } from '../../../activities/kind-words';

interface Props {
  actionItems: readonly ActionItem[];
  activity: Activity;
  state: ActivityRunState;
  results: ActivityResults | undefined;
  participants: Participant[];
  /** The projector's page of this activity, when its content takes more than one screen. */
  projector: ProjectorPaging;
  now: number;
  isFirst: boolean;
  isLast: boolean;
}

/** The current activity, as the facilitator drives it. */
export function ConsoleStage({ activity, state, results, participants, actionItems, projector, now, isFirst, isLast }: Props) {
  const store = useAppStore();
  const { t, i18n } = useLingui();
  const title = activity.title;
  const answered = results?.respondents.length ?? 0;
  const def = findDefinition(activity.kind);
  const views = viewsFor(activity.kind);
  const [confirmReset, setConfirmReset] = useState(false);
  // Board edits another console overtook: said here, in the board, until read.
  const notKept = useApp((st) => st.runView.boardConflicts[activity.id]);
  // Series trends (#18): "last time" next to "now" in the results, and the review's follow-through on its board.
  const trends = useApp((st) => st.runView.trends);
  // A board's moves are said in the console's one live region.
  const announce = useAnnounce();
  const s = () => store.getState();
  const interactive = def?.interactive ?? false;
  const actionItemsPort = useMemo<ActionItemsPort>(
    () => ({
      items: actionItems,
      add: (input) => store.getState().addActionItem(input),
      update: (id, patch) => store.getState().updateActionItem(id, patch),
      remove: (id) => store.getState().removeActionItem(id),
    }),
    [actionItems, store],
  );
  // The board and the results are the heaviest part of the console: drawn again only when
  // what they show changes, not on every tick of the clock, lock or reveal.
  const Board = views?.Board;
  const Results = views?.Results;
  const board = state.board;
  const reviewPort = useReviewPort(store, activity, board);
  const boardView = useMemo(
    () =>
      Board && results ? (
        <Board
          activity={activity}
          config={activity.config}
          results={results}
          board={board}
          onChange={(b, base) => void store.getState().setBoard(activity.id, b, base)}
          announce={announce}
          participants={participants}
          actionItems={actionItemsPort}
          review={reviewPort}
          {...(trends ? { trends } : {})}
        />
      ) : null,
    [Board, activity, results, board, store, announce, participants, actionItemsPort, reviewPort, trends],
  );
  // The results follow a board edit or a new answer just after the console has answered the click.
  const shownResults = useDeferredValue(results);
  const shownBoard = useDeferredValue(board);
  const resultsView = useMemo(
    () =>
      Results && shownResults ? (
        <Results
          activity={activity}
          config={activity.config}
          results={shownResults}
          participants={participants}
          surface="console"
          board={shownBoard}
          actionItems={actionItems}
          {...(trends ? { trends } : {})}
        />
      ) : null,
    [Results, activity, shownResults, participants, shownBoard, actionItems, trends],
  );
  const titleRef = useRef<HTMLHeadingElement>(null);
  // A new activity takes the focus (and is read out), so the shortcuts work straight away.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.closest('.console-agenda, .stage-nav')) {
      titleRef.current?.focus();
    }
  }, []);

  return (
    <div className="console-stage">
      {/* The essentials stay pinned at the top of the stage while results and boards scroll under them. */}
      <div className="stage-pinned">
        <section className="panel stage-head" aria-labelledby="stage-title">
          <p className="stage-kind">{kindWord(i18n, activity.kind, def)}</p>
          <h2 id="stage-title" className="stage-title" tabIndex={-1} ref={titleRef}>
            {activity.title}
          </h2>
          <div className="stage-nav">
            <Button icon="previous" onClick={() => void s().goPrevious()} disabled={isFirst}>
              <Trans>Previous</Trans>
            </Button>
            <Button variant="primary" icon="next" onClick={() => void s().goNext()} disabled={isLast}>
              <Trans>Next activity</Trans>
            </Button>
          </div>
        </section>

        <ConsoleTimer timer={state.timer} now={now} disabled={false} onAction={(a) => void s().timer(a)} />

        <ProjectorPager paging={projector} onPage={(delta) => void s().pageProjector(delta)} />

        {interactive ? (
          <section className="panel stage-controls" aria-label={t`Answers and results`}>
            <div className="stage-flags">
              <span className={`flag ${state.locked ? 'flag-locked' : 'flag-open'}`}>
                {state.locked ? <Trans>Answers locked</Trans> : <Trans>Answers open</Trans>}
              </span>
              <span className={`flag ${state.revealed ? 'flag-revealed' : 'flag-hidden'}`}>
                {state.revealed ? <Trans>Results on the projector</Trans> : <Trans>Results hidden from the room</Trans>}
              </span>
            </div>
            <div className="stage-buttons">
              <Button icon={state.locked ? 'unlock' : 'lock'} onClick={() => void s().setLocked(activity.id, !state.locked)} aria-keyshortcuts="L">
                {state.locked ? <Trans>Unlock answers</Trans> : <Trans>Lock answers</Trans>}
              </Button>
              <Button
                variant={state.revealed ? 'secondary' : 'primary'}
                icon={state.revealed ? 'eyeOff' : 'eye'}
                onClick={() => void s().setRevealed(activity.id, !state.revealed)}
                aria-keyshortcuts="R"
              >
                {state.revealed ? <Trans>Hide results</Trans> : <Trans>Reveal results</Trans>}
              </Button>
              <Button variant="ghost" icon="trash" onClick={() => setConfirmReset(true)} disabled={!results?.respondents.length}>
                <Trans>Clear answers…</Trans>
              </Button>
            </div>
          </section>
        ) : null}
      </div>
      <FacilitatorGuide kind={activity.kind} />

      {(interactive || def?.board) && results && views?.Board ? (
        <section className="panel stage-board" aria-labelledby="board-heading">
          <h2 id="board-heading" className="panel-title">
            {boardTitle(i18n, activity.kind, def) ?? <Trans>Group the cards</Trans>}
          </h2>
          {notKept?.length ? (
            <div className="callout callout-warning">
              <div role="alert">
                {notKept.map((message) => (
                  <p key={message}>{message}</p>
                ))}
              </div>
              <Button size="sm" onClick={() => s().dismissBoardConflicts(activity.id)}>
                <Trans>Dismiss</Trans>
              </Button>
            </div>
          ) : null}
          {boardView}
        </section>
      ) : null}

      {interactive && results && views?.Results ? (
        <section className="panel stage-results" aria-labelledby="results-heading">
          <div className="panel-header">
            <h2 id="results-heading" className="panel-title">
              <Trans>Results</Trans>{' '}
              {state.revealed ? null : (
                <span className="console-hint">
                  <Trans>(only you can see these)</Trans>
                </span>
              )}
            </h2>
            {shownResults ? <ResultsImageMenu activity={activity} results={shownResults} board={shownBoard} actionItems={actionItems} /> : null}
          </div>
          {resultsView}
        </section>
      ) : null}

      <section className="panel stage-notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading" className="panel-title">
          <Trans>Your notes</Trans>
        </h2>
        <AutoTextArea
          label={t`Private notes for this activity`}
          hideLabel
          value={activity.notes}
          rows={3}
          placeholder={t`Only you see these. They never reach the projector, the phones or the report.`}
          onCommit={(notes) => void s().saveNotes(activity.id, notes)}
        />
      </section>

      {confirmReset ? (
        <ConfirmDialog
          title={t`Clear every answer?`}
          message={
            <Plural
              value={answered}
              one={`This removes one person’s answers to “${title}”, and hides its results again. It cannot be undone.`}
              other={`This removes all # people’s answers to “${title}”, and hides its results again. It cannot be undone.`}
            />
          }
          confirmLabel={t`Clear answers`}
          danger
          onConfirm={() => {
            setConfirmReset(false);
            void s().resetResponses(activity.id);
          }}
          onCancel={() => setConfirmReset(false)}
        />
      ) : null}
    </div>
  );
}
