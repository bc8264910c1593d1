import { useCallback, useEffect, useRef, useState } from 'react';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * A local draft for a field that saves by itself: ~400 ms after the last
 * keystroke and at once on blur. While the field has focus (or has unsaved
 * typing) the draft wins; otherwise it follows the value from the store, so
 * changes from other windows show up.
 *
 * `commit` returns false when the value was refused (the field keeps the draft
 * so the message next to it makes sense).
 */
export function useAutosave<T>(value: T, commit: (v: T) => boolean | void, delayMs = AUTOSAVE_DELAY_MS) {
  const [draft, setDraft] = useState(value);
  const draftRef = useRef(value);
  const dirty = useRef(false);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  useEffect(() => {
    if (!focused.current && !dirty.current && !Object.is(draftRef.current, value)) {
      draftRef.current = value;
      setDraft(value);
    }
  }, [value]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    commitRef.current(draftRef.current);
  }, []);

  const change = useCallback(
    (v: T) => {
      draftRef.current = v;
      setDraft(v);
      dirty.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  // Save what was typed if the field goes away (navigation, collapse).
  useEffect(() => flush, [flush]);

  return {
    value: draft,
    change,
    flush,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
  };
}
