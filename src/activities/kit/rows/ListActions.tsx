import { useState } from 'react';
import './item-rows.css';

/**
 * Under a list editor: add a row (when the editor has rows), clear the whole
 * list (with Undo), and start again from the examples (asking first when that
 * replaces something).
 */
export function ListActions({
  count,
  what,
  addLabel,
  onAdd,
  onClear,
  onReset,
  resetLabel = 'Start again from the examples',
}: {
  count: number;
  /** The list's name in a sentence: "lead signals". */
  what: string;
  /** Both or neither: a textarea list (one item per line) has no Add button. */
  addLabel?: string | undefined;
  onAdd?: (() => void) | undefined;
  /** Empties the list; says how many items it removed and returns what puts them back. */
  onClear(): { removed: number; restore(): void };
  onReset?: (() => void) | undefined;
  resetLabel?: string | undefined;
}) {
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<{ removed: number; restore(): void } | null>(null);

  return (
    <div className="item-rows-actions">
      <div className="item-rows-buttons">
        {onAdd && addLabel ? (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => {
              setUndo(null);
              onAdd();
            }}
          >
            + {addLabel}
          </button>
        ) : null}
        {count > 0 ? (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label={`Clear all ${what}`}
            onClick={() => {
              setConfirming(false);
              setUndo(onClear());
            }}
          >
            Clear all
          </button>
        ) : null}
        {onReset && !confirming ? (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => {
              setUndo(null);
              // Nothing to lose: no need to ask.
              if (count === 0) onReset();
              else setConfirming(true);
            }}
          >
            {resetLabel}
          </button>
        ) : null}
      </div>
      {onReset && confirming ? (
        <div className="item-rows-confirm" role="group" aria-label="Start again from the examples?">
          <span role="status">Replace all {count} with the examples? Your changes to this list are lost.</span>
          <button
            type="button"
            className="btn btn-danger btn-sm"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            Replace
          </button>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setConfirming(false)}>
            Keep mine
          </button>
        </div>
      ) : null}
      <div className="item-rows-undo" role="status">
        {undo ? (
          <>
            <span>
              Removed all {undo.removed} {what}.
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                undo.restore();
                setUndo(null);
              }}
            >
              Undo
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
