import type { BoardViewProps } from '../view-types';
import { TEAM_MARK } from '../../shared/domain';
import { Surface } from '../kit/views/surface';
import { readPersonaBoard, type PersonaBoard, type PersonaConfig } from './definition';
import type { PersonaTally } from './logic';
import { lastBallotId, makeBallot } from './board';
import './persona.css';
import { plural } from '../kit/numbers';

/** Collect: leave out duplicates. Vote: open it, then mark what the room agrees on. */
export function PersonaBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<PersonaConfig, PersonaTally, PersonaBoard>) {
  const board = readPersonaBoard(raw);
  const tally = results.aggregate?.overall;
  const notes = tally?.notes ?? [];
  // A small team's mark would point at its few people: marks only for teams above the threshold.
  const markable = new Set((results.aggregate?.teams ?? []).filter((t) => t.n > 0 && !t.suppressed).map((t) => t.team));
  const commit = (next: PersonaBoard, message: string) => {
    onChange(next);
    announce(message);
  };
  const onBallot = new Set(board.ballot.map((b) => b.key));
  const fresh = notes.filter((n) => !onBallot.has(n.key) && !board.hidden.includes(n.key)).length;
  const openVote = () => {
    const ballot = makeBallot(config, notes, board.hidden, board.ballot, board.lastId ?? 0);
    const lastId = Math.max(board.lastId ?? 0, lastBallotId(ballot));
    commit({ ...board, phase: 'vote', ballot, lastId }, `The vote is open with ${plural(ballot.length, 'note')}.`);
  };

  return (
    <Surface kind="console" className="cgp-board">
      <div className="cgp-board-bar">
        <p className="cgv-muted">
          {plural(notes.length, 'note')} ·{' '}
          {board.phase === 'vote' ? `voting on ${plural(board.ballot.length, 'note')}, ${plural(tally?.totalDots ?? 0, 'dot')} so far` : 'collecting notes'}
        </p>
        {board.phase === 'collect' ? (
          <button type="button" className="cgv-btn cgv-btn-primary" onClick={openVote} disabled={notes.length === 0}>
            Open the vote
          </button>
        ) : (
          <>
            {fresh > 0 ? (
              <button type="button" className="cgv-btn" onClick={openVote}>
                Add {plural(fresh, 'new note')} to the vote
              </button>
            ) : null}
            <button
              type="button"
              className="cgv-btn"
              onClick={() => commit({ ...board, phase: 'collect' }, 'Back to writing notes; the votes so far are kept.')}
            >
              Back to writing notes
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
                        return (
                          <li key={b.id} className={`cgp-board-note${on ? ' cgp-line-agreed' : ''}`}>
                            <span className="cgp-board-text" id={`${b.id}-text`}>
                              {b.text}
                            </span>
                            <span className="cgv-muted">{plural(dots, 'dot')}</span>
                            <button
                              type="button"
                              className={`cgv-btn${on ? ' cgv-btn-primary' : ''}`}
                              aria-pressed={on}
                              aria-describedby={`${b.id}-text`}
                              onClick={() =>
                                commit(
                                  { ...board, agreed: on ? board.agreed.filter((x) => x !== b.id) : [...board.agreed, b.id] },
                                  on ? `No longer agreed: ${b.text}.` : `Agreed: ${b.text}.`,
                                )
                              }
                            >
                              {on ? '✓ Agreed' : 'Agree'}
                            </button>
                          </li>
                        );
                      })
                  : notes
                      .filter((n) => n.section === s.id)
                      .map((n) => {
                        const out = board.hidden.includes(n.key);
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
                              aria-label={`Leave out of the vote: ${n.text}`}
                              onClick={() =>
                                commit(
                                  { ...board, hidden: out ? board.hidden.filter((k) => k !== n.key) : [...board.hidden, n.key] },
                                  out ? `Back in the vote: ${n.text}.` : `Left out of the vote: ${n.text}.`,
                                )
                              }
                            >
                              {out ? 'Left out' : 'Leave out'}
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
