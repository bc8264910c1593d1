import { useState } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  resetLabel,
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
  const { t } = useLingui();
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
            aria-label={t`Clear all ${what}`}
            onClick={() => {
              setConfirming(false);
              setUndo(onClear());
            }}
          >
            <Trans>Clear all</Trans>
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
            {resetLabel ?? t`Start again from the examples`}
          </button>
        ) : null}
      </div>
      {onReset && confirming ? (
        <div className="item-rows-confirm" role="group" aria-label={t`Start again from the examples?`}>
          <span role="status">
            <Trans>Replace all {count} with the examples? Your changes to this list are lost.</Trans>
          </span>
          <button
            type="button"
            className="btn btn-danger btn-sm"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            <Trans>Replace</Trans>
          </button>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setConfirming(false)}>
            <Trans>Keep mine</Trans>
          </button>
        </div>
      ) : null}
      <div className="item-rows-undo" role="status">
        {undo ? (
          <>
            <span>{t`Removed all ${ph({ count: undo.removed })} ${what}.`}</span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                undo.restore();
                setUndo(null);
              }}
            >
              <Trans>Undo</Trans>
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
