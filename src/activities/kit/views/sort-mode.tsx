import { useCallback, useState, useSyncExternalStore } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import './one-card-sort.css';

export type SortMode = 'one' | 'all';

const KEY = 'cg-sort-mode';
const NARROW = '(max-width: 600px)';
/** More cards than a phone shows at once: a sort this size offers one card at a time on any screen. */
export const MANY_CARDS = 8;

function remembered(): SortMode | null {
  try {
    const value = window.sessionStorage.getItem(KEY);
    return value === 'one' || value === 'all' ? value : null;
  } catch {
    return null; // storage blocked: the choice lasts as long as the page
  }
}

function subscribeNarrow(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const mq = window.matchMedia(NARROW);
  mq.addEventListener?.('change', onChange);
  return () => mq.removeEventListener?.('change', onChange);
}

/** True on a phone-sized screen. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(NARROW).matches : false),
    () => false,
  );
}

/**
 * How this person sorts: one card at a time or all cards on a board. Offered on a phone-sized
 * screen or when there are more cards than fit; the choice is kept for the session (this tab),
 * so the next sort opens the same way. Not offered: always the board.
 */
export function useSortMode(cardCount: number): { offered: boolean; mode: SortMode; choose(mode: SortMode): void } {
  const narrow = useNarrowScreen();
  const offered = cardCount > 1 && (narrow || cardCount > MANY_CARDS);
  const [chosen, setChosen] = useState<SortMode | null>(remembered);
  const choose = useCallback((mode: SortMode) => {
    setChosen(mode);
    try {
      window.sessionStorage.setItem(KEY, mode);
    } catch {
      // storage blocked: kept for this page only
    }
  }, []);
  return { offered, mode: offered ? (chosen ?? 'all') : 'all', choose };
}

/**
 * On the board: the way to one card at a time, in the bottom bar beside the progress (always in
 * thumb reach, and the board above keeps its place).
 */
export function OneAtATimeOffer({ onChoose }: { onChoose(mode: SortMode): void }) {
  return (
    <button type="button" className="cgv-btn ocs-offer" onClick={() => onChoose('one')}>
      <Trans>Sort one at a time</Trans>
    </button>
  );
}

/** While sorting one card at a time: the two ways to sort, as a pair of toggle buttons. */
export function SortModeSwitch({ mode, onChoose }: { mode: SortMode; onChoose(mode: SortMode): void }) {
  const { t } = useLingui();
  return (
    <div className="ocs-switch" role="group" aria-label={t`How to sort`}>
      <button type="button" className="cgv-btn ocs-switch-option" aria-pressed={mode === 'one'} onClick={() => onChoose('one')}>
        <Trans>One at a time</Trans>
      </button>
      <button type="button" className="cgv-btn ocs-switch-option" aria-pressed={mode === 'all'} onClick={() => onChoose('all')}>
        <Trans>All cards</Trans>
      </button>
    </div>
  );
}
