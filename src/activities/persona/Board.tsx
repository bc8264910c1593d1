import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { BoardViewProps } from '../view-types';
import { TEAM_MARK } from '../../shared/domain';
import { Surface } from '../kit/views/surface';
import { readPersonaBoard, type PersonaBoard, type PersonaConfig } from './definition';
import type { PersonaTally } from './logic';
import { lastBallotId, makeBallot } from './board';
import './persona.css';

/** Collect: leave out duplicates. Vote: open it, then mark what the room agrees on. */
export function PersonaBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<PersonaConfig, PersonaTally, PersonaBoard>) {
  const board = readPersonaBoard(raw);
  const { t } = useLingui();
  const notesText = (count: number) => t`${plural(count, { one: '# note', other: '# notes' })}`;
  const dotsText = (count: number) => t`${plural(count, { one: '# dot', other: '# dots' })}`;
  const tally = results.aggregate?.overall;
  const notes = tally?.notes ?? [];
  // A small team's mark would point at its few people: marks only for teams above the threshold.
  const markable = new Set((results.aggregate?.teams ?? []).filter((t) => t.n > 0 && !t.suppressed).map((t) => t.team));
  const commit = (next: PersonaBoard, message: string) => {
    onChange(next);
    announce(message);
  };
  const onBallot = new Set(board.ballot.map((b) => b.key));
  const ballotNotes = notesText(board.ballot.length);
  const dotsSoFar = dotsText(tally?.totalDots ?? 0);
  const fresh = notes.filter((n) => !onBallot.has(n.key) && !board.hidden.includes(n.key)).length;
  const openVote = () => {
    const ballot = makeBallot(config, notes, board.hidden, board.ballot, board.lastId ?? 0);
    const lastId = Math.max(board.lastId ?? 0, lastBallotId(ballot));
    const count = ballot.length;
    commit({ ...board, phase: 'vote', ballot, lastId }, t`The vote is open with ${plural(count, { one: '# note', other: '# notes' })}.`);
  };

  return (
    <Surface kind="console" className="cgp-board">
      <div className="cgp-board-bar">
        <p className="cgv-muted">
          {notesText(notes.length)} · {board.phase === 'vote' ? t`voting on ${ballotNotes}, ${dotsSoFar} so far` : t`collecting notes`}
        </p>
        {board.phase === 'collect' ? (
          <button type="button" className="cgv-btn cgv-btn-primary" onClick={openVote} disabled={notes.length === 0}>
            <Trans>Open the vote</Trans>
          </button>
        ) : (
          <>
            {fresh > 0 ? (
              <button type="button" className="cgv-btn" onClick={openVote}>
                {t`Add ${plural(fresh, { one: '# new note', other: '# new notes' })} to the vote`}
              </button>
            ) : null}
            <button
              type="button"
              className="cgv-btn"
              onClick={() => commit({ ...board, phase: 'collect' }, t`Back to writing notes; the votes so far are kept.`)}
            >
              <Trans>Back to writing notes</Trans>
            </button>
          </>
        )}
      </div>
      <div className="cgp-board-grid">
        {config.sections.map((s) => {
          const list = board.phase === 'vote' ? board.ballot.filter((b) => b.section === s.id) : notes.filter((n) => n.section === s.id);
          return (
            <section key={s.id} className="cgp-board-section" aria-label={s.title}>
              <h3 className="cgv-section-title">
                {s.title} <span className="cgv-muted">({list.length})</span>
              </h3>
              <ul className="cgp-board-list">
                {board.phase === 'vote'
                  ? board.ballot
                      .filter((b) => b.section === s.id)
                      .map((b) => ({ b, dots: tally?.votes[b.id]?.dots ?? 0 }))
                      .sort((x, y) => y.dots - x.dots)
                      .map(({ b, dots }) => {
                        const on = board.agreed.includes(b.id);
                        const text = b.text;
                        return (
                          <li key={b.id} className={`cgp-board-note${on ? ' cgp-line-agreed' : ''}`}>
                            <span className="cgp-board-text" id={`${b.id}-text`}>
                              {b.text}
                            </span>
                            <span className="cgv-muted">{dotsText(dots)}</span>
                            <button
                              type="button"
                              className={`cgv-btn${on ? ' cgv-btn-primary' : ''}`}
                              aria-pressed={on}
                              aria-describedby={`${b.id}-text`}
                              onClick={() =>
                                commit(
                                  { ...board, agreed: on ? board.agreed.filter((x) => x !== b.id) : [...board.agreed, b.id] },
                                  on ? t`No longer agreed: ${text}.` : t`Agreed: ${text}.`,
                                )
                              }
                            >
                              {on ? t`✓ Agreed` : t({ message: 'Agree', context: 'mark a persona note as agreed by the room' })}
                            </button>
                          </li>
                        );
                      })
                  : notes
                      .filter((n) => n.section === s.id)
                      .map((n) => {
                        const out = board.hidden.includes(n.key);
                        const text = n.text;
                        return (
                          <li key={n.key} className={`cgp-board-note${out ? ' cgp-board-out' : ''}`}>
                            <span className="cgp-board-text">
                              {markable.has(n.team) ? <span aria-hidden="true">{TEAM_MARK[n.team]} </span> : null}
                              {n.text}
                            </span>
                            <button
                              type="button"
                              className="cgv-btn cgv-btn-quiet"
                              aria-pressed={out}
                              aria-label={t`Leave out of the vote: ${text}`}
                              onClick={() =>
                                commit(
                                  { ...board, hidden: out ? board.hidden.filter((k) => k !== n.key) : [...board.hidden, n.key] },
                                  out ? t`Back in the vote: ${text}.` : t`Left out of the vote: ${text}.`,
                                )
                              }
                            >
                              {out ? t`Left out` : t`Leave out`}
                            </button>
                          </li>
                        );
                      })}
              </ul>
            </section>
          );
        })}
      </div>
    </Surface>
  );
}
