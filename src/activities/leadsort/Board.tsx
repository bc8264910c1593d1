import { useEffect, useId, useRef, useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { BoardViewProps } from '../view-types';
import type { CardSortTally } from '../cardsort/logic';
import { Surface } from '../kit/views/surface';
import type { LeadSortBoard, LeadSortConfig } from './definition';
import { draftDefinition, draftParts } from './draft';
import { comparisonOf, readLeadBoard } from './board';
import { OnScreenToggle } from '../kit/views/OnScreenToggle';
import '../kit/views/exercises.css';

const SAVE_AFTER_MS = 800;

/** The outcome: a draft shared definition of a quality lead, prefilled from the results and edited by the facilitator. */
export function LeadSortBoardView({ config, results, board, onChange, announce }: BoardViewProps<LeadSortConfig, CardSortTally, LeadSortBoard>) {
  const { i18n, t } = useLingui();
  const current = readLeadBoard(board);
  const saved = current.definition;
  const [text, setText] = useState(saved);
  const [confirming, setConfirming] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sent = useRef(saved);
  /** What was saved before our last send: seeing it again means that send was refused. */
  const beforeSend = useRef(saved);
  const fieldId = useId();
  const hintId = useId();

  // Someone else (another window) saved a different text: show it unless we are typing.
  // Our own send refused (the board went back): keep the typing, and send it again on the next blur or edit.
  useEffect(() => {
    if (saved === sent.current || timer.current) return;
    const refused = saved === beforeSend.current && text === sent.current;
    sent.current = saved;
    if (!refused) setText(saved);
  }, [saved]); // eslint-disable-line react-hooks/exhaustive-deps
  // On leaving (the console moves on), save what was typed but not yet sent: the latest text, never the first render's.
  const latest = useRef({ text, current, onChange });
  latest.current = { text, current, onChange };
  useEffect(
    () => () => {
      if (!timer.current) return;
      const { text: last, current: board, onChange: save } = latest.current;
      clearTimeout(timer.current);
      timer.current = null;
      if (last !== sent.current) save({ ...board, definition: last });
    },
    [],
  );

  function flush(value = text) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (value !== sent.current) {
      beforeSend.current = sent.current;
      sent.current = value;
      onChange({ ...current, definition: value }, { ...current, definition: beforeSend.current });
    }
  }

  const overall = results.aggregate?.overall;
  const answered = (results.aggregate?.n ?? 0) > 0 && overall;
  const cmp = comparisonOf(config, results, i18n);
  const parts = overall ? draftParts(config, overall, 'why' in cmp ? null : cmp) : null;

  const quality = parts?.quality.length ?? 0;
  const notSignal = parts?.notSignal.length ?? 0;
  const open = parts?.open.length ?? 0;

  function fill() {
    if (!parts) return;
    const draft = draftDefinition(parts, i18n);
    setText(draft);
    setConfirming(false);
    flush(draft);
    announce(t`The draft definition was filled in from the results. Edit it with the room.`);
  }

  return (
    <Surface kind="console" className="cgx-board">
      {parts ? (
        <p className="cgv-muted">
          <Trans>
            From the results so far: <Plural value={quality} one="# agreed quality signal" other="# agreed quality signals" />,{' '}
            <Plural value={notSignal} one="# agreed non-signal" other="# agreed non-signals" />, <Plural value={open} one="# card" other="# cards" /> still to
            settle. A card counts as agreed when at least 60% put it in one column and both teams’ most common column is the same.
          </Trans>
        </p>
      ) : (
        <p className="cgv-muted">
          <Trans>When people have sorted, draft the definition from their answers here, then edit it together.</Trans>
        </p>
      )}
      <div className="cgx-board-actions">
        {confirming ? (
          <>
            <span role="status">
              <Trans>Replace your edited draft with a new one from the results?</Trans>
            </span>
            <button type="button" className="btn btn-danger btn-sm" onClick={fill}>
              <Trans>Replace</Trans>
            </button>
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setConfirming(false)}>
              <Trans>Keep mine</Trans>
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-primary btn-sm" disabled={!answered} onClick={() => (text.trim() ? setConfirming(true) : fill())}>
            {text.trim() ? t`Redraft from the results…` : t`Draft it from the results`}
          </button>
        )}
      </div>
      <OnScreenToggle
        value={current.onScreen}
        onChange={(onScreen) => onChange({ ...current, definition: text, onScreen })}
        outcome={t`The draft definition`}
      />
      <label htmlFor={fieldId} className="field-label">
        <Trans>Our shared definition of a quality lead</Trans>
      </label>
      <textarea
        id={fieldId}
        className="input textarea cgx-definition"
        rows={Math.min(22, Math.max(8, text.split('\n').length + 2))}
        maxLength={5000}
        value={text}
        aria-describedby={hintId}
        placeholder={t`A quality lead is…`}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flush(value), SAVE_AFTER_MS);
        }}
        onBlur={() => flush()}
      />
      <p id={hintId} className="field-hint">
        <Trans>This is the exercise’s outcome: it goes into the report as written here. Saved as you type.</Trans>
      </p>
    </Surface>
  );
}
