import { useId, useState } from 'react';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readBuyingMapBoard, type BuyingMapBoard, type BuyingMapConfig } from './definition';
import { worstPoints, type BuyingMapTally } from './logic';
import './buyingmap.css';
import { plural } from '../kit/numbers';

/** Which segment the projector shows, and the friction points the room will fix first. */
export function BuyingMapBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<BuyingMapConfig, BuyingMapTally, BuyingMapBoard>) {
  const board = readBuyingMapBoard(raw);
  const overall = results.aggregate?.overall;
  const points = worstPoints(config, overall ?? null, 12);
  const commit = (next: BuyingMapBoard, message: string) => {
    onChange(next);
    announce(message);
  };
  const current = board.segmentId ?? config.segments[0]?.id;
  const describe = (key: string) => {
    const p = points.find((x) => x.key === key);
    if (!p) return key;
    const seg = config.segments.find((s) => s.id === p.at.segment)!;
    return `${seg.stages.find((s) => s.id === p.at.stage)!.name}${config.segments.length > 1 ? ` (${seg.name})` : ''}: ${config.markers.find((m) => m.id === p.at.marker)!.text}`;
  };
  return (
    <Surface kind="console" className="cgb-board">
      {config.segments.length > 1 ? (
        <div className="cgb-board-row" role="group" aria-label="Segment on the projector">
          <span className="cgb-board-label">On the projector:</span>
          {config.segments.map((s) => (
            <button
              key={s.id}
              type="button"
              className={`cgv-btn${s.id === current ? ' cgv-btn-primary' : ''}`}
              aria-pressed={s.id === current}
              onClick={() => commit({ ...board, segmentId: s.id }, `The projector shows ${s.name}.`)}
            >
              {s.name}
            </button>
          ))}
        </div>
      ) : null}
      <h3 className="cgv-section-title">Where the room put its markers</h3>
      {points.length === 0 ? <p className="cgv-muted">No markers yet.</p> : null}
      <ul className="cgb-board-list">
        {points.map((p) => {
          const focus = board.focus.find((f) => f.key === p.key);
          return (
            <li key={p.key} className={`cgb-board-point${focus ? ' cgb-board-focus' : ''}`}>
              <span className="cgb-board-text">
                <strong>{describe(p.key)}</strong> <span className="cgv-muted">· {plural(p.count, 'person', 'people')}</span>
              </span>
              {focus ? (
                <FocusNote
                  note={focus.note}
                  label={`Note on ${describe(p.key)}`}
                  onCommit={(note) =>
                    commit({ ...board, focus: board.focus.map((f) => (f.key === p.key ? { ...f, note } : f)) }, `Note saved for ${describe(p.key)}.`)
                  }
                />
              ) : null}
              <button
                type="button"
                className={`cgv-btn${focus ? ' cgv-btn-primary' : ''}`}
                aria-pressed={Boolean(focus)}
                aria-describedby={undefined}
                disabled={!focus && board.focus.length >= 12}
                onClick={() =>
                  commit(
                    { ...board, focus: focus ? board.focus.filter((f) => f.key !== p.key) : [...board.focus, { key: p.key, note: '' }] },
                    focus ? `No longer first to fix: ${describe(p.key)}.` : `Fix first: ${describe(p.key)}.`,
                  )
                }
              >
                {focus ? '✓ Fix first' : 'Fix first'}
                <span className="cgv-sr">: {describe(p.key)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </Surface>
  );
}

function FocusNote({ note, label, onCommit }: { note: string; label: string; onCommit(v: string): void }) {
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [prev, setPrev] = useState(note);
  if (prev !== note) {
    setPrev(note);
    setDraft(note);
  }
  return (
    <span className="cgb-note">
      <label htmlFor={id} className="cgv-sr">
        {label}
      </label>
      <input
        id={id}
        className="cgv-input"
        value={draft}
        maxLength={200}
        placeholder="What we will do about it"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft.trim() !== note && onCommit(draft.trim())}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
    </span>
  );
}
