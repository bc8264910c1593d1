import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { BoardViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readBuyingMapBoard, type BuyingMapBoard, type BuyingMapConfig } from './definition';
import { worstPoints, type BuyingMapTally } from './logic';
import './buyingmap.css';

/** Which segment the projector shows, and the friction points the room will fix first. */
export function BuyingMapBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<BuyingMapConfig, BuyingMapTally, BuyingMapBoard>) {
  const board = readBuyingMapBoard(raw);
  const { t } = useLingui();
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
        <div className="cgb-board-row" role="group" aria-label={t`Segment on the projector`}>
          <span className="cgb-board-label">
            <Trans>On the projector:</Trans>
          </span>
          {config.segments.map((s) => {
            const name = s.name;
            return (
              <button
                key={s.id}
                type="button"
                className={`cgv-btn${s.id === current ? ' cgv-btn-primary' : ''}`}
                aria-pressed={s.id === current}
                onClick={() => commit({ ...board, segmentId: s.id }, t`The projector shows ${name}.`)}
              >
                {name}
              </button>
            );
          })}
        </div>
      ) : null}
      <h3 className="cgv-section-title">
        <Trans>Where the room put its markers</Trans>
      </h3>
      {points.length === 0 ? (
        <p className="cgv-muted">
          <Trans>No markers yet.</Trans>
        </p>
      ) : null}
      <ul className="cgb-board-list">
        {points.map((p) => {
          const focus = board.focus.find((f) => f.key === p.key);
          const point = describe(p.key);
          const people = p.count;
          return (
            <li key={p.key} className={`cgb-board-point${focus ? ' cgb-board-focus' : ''}`}>
              <span className="cgb-board-text">
                <strong>{describe(p.key)}</strong> <span className="cgv-muted">· {t`${plural(people, { one: '# person', other: '# people' })}`}</span>
              </span>
              {focus ? (
                <FocusNote
                  note={focus.note}
                  label={t`Note on ${point}`}
                  onCommit={(note) => commit({ ...board, focus: board.focus.map((f) => (f.key === p.key ? { ...f, note } : f)) }, t`Note saved for ${point}.`)}
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
                    focus ? t`No longer first to fix: ${point}.` : t`Fix first: ${point}.`,
                  )
                }
              >
                {focus ? t`✓ Fix first` : t`Fix first`}
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
  const { t } = useLingui();
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
        placeholder={t`What we will do about it`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft.trim() !== note && onCommit(draft.trim())}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
    </span>
  );
}
