import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; reason: string; retry: () => void };

export interface SaveOptions {
  /** Said to screen-reader users when the save fails and the change is undone. */
  undoneMessage?: string;
}

type Submit = (itemKey: string, value: unknown) => Promise<void>;

/**
 * A participant's answers with optimistic updates: a change shows at once,
 * is sent with ONE submit, and is put back exactly as it was if the server
 * says no. Answers from the server (mine) win whenever they change and
 * nothing is in flight.
 */
export function useAnswers(mine: Record<string, unknown>, submit: Submit, announce: (message: string) => void) {
  const { i18n } = useLingui();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, unknown>>(() => new Map());
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const overridesRef = useRef(overrides);
  const pending = useRef(0);
  const mineRef = useRef(mine);

  useEffect(() => {
    overridesRef.current = overrides;
  }, [overrides]);

  // Compare by content: a parent that rebuilds the same answers each render must not wipe local state.
  const mineKey = JSON.stringify(mine);
  useEffect(() => {
    mineRef.current = mine;
    if (pending.current === 0 && overridesRef.current.size > 0) {
      overridesRef.current = new Map();
      setOverrides(overridesRef.current);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mineKey]);

  const answers = useMemo(() => {
    const merged: Record<string, unknown> = { ...mine };
    for (const [key, value] of overrides) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    return merged;
  }, [mine, overrides]);

  const write = (next: ReadonlyMap<string, unknown>) => {
    overridesRef.current = next;
    setOverrides(next);
  };

  const save = useCallback(
    async function run(itemKey: string, value: unknown, options: SaveOptions = {}): Promise<boolean> {
      const before = overridesRef.current;
      const had = before.has(itemKey);
      const previous = before.get(itemKey);
      write(new Map(before).set(itemKey, value));
      pending.current += 1;
      setStatus({ kind: 'saving' });
      try {
        await submit(itemKey, value);
        pending.current -= 1;
        setStatus(pending.current === 0 ? { kind: 'saved' } : { kind: 'saving' });
        return true;
      } catch (error) {
        pending.current -= 1;
        const restored = new Map(overridesRef.current);
        if (had) restored.set(itemKey, previous);
        else restored.delete(itemKey);
        write(restored);
        const reason = error instanceof Error && error.message ? error.message : i18n._(msg`The connection dropped.`);
        setStatus({ kind: 'error', reason, retry: () => void run(itemKey, value, options) });
        const undone = options.undoneMessage ?? '';
        announce(
          i18n
            ._(msg`Couldn't save. ${undone} ${reason}`)
            .replace(/\s+/g, ' ')
            .trim(),
        );
        return false;
      }
    },
    [submit, announce, i18n],
  );

  const dismiss = useCallback(() => setStatus({ kind: 'idle' }), []);

  return { answers, save, status, dismiss };
}
