import { useDraggable, type DraggableAttributes } from '@dnd-kit/core';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { useLingui } from '@lingui/react/macro';

/** Spread on anything inside a card that takes typing or its own gestures (a note field). */
export const keepOutOfDrag = {
  onPointerDown: (e: SyntheticEvent) => e.stopPropagation(),
  onTouchStart: (e: SyntheticEvent) => e.stopPropagation(),
  onKeyDown: (e: SyntheticEvent) => e.stopPropagation(),
};

/** The card's words, with its optional description (what exactly counts) underneath. */
const CardWords = memo(function CardWords({ text, hint }: { text: string; hint?: string | undefined }) {
  if (!hint) return <span className="cgv-card-text">{text}</span>;
  return (
    <span className="cgv-card-body">
      <span className="cgv-card-text">{text}</span>
      <span className="cgv-card-hint">{hint}</span>
    </span>
  );
});

/** The look of a card, shared by the card in place and the lifted copy under the finger. */
export const CardFace = memo(function CardFace({
  text,
  hint,
  lifted = false,
  meta,
}: {
  text: string;
  hint?: string | undefined;
  lifted?: boolean;
  meta?: ReactNode;
}) {
  return (
    <div className={`cgv-card cgv-card-face${lifted ? ' cgv-card-lifted' : ''}`} aria-hidden={lifted || undefined}>
      <span className="cgv-grip" aria-hidden="true">
        ⠿
      </span>
      <CardWords text={text} hint={hint} />
      {meta}
    </div>
  );
});

/**
 * Everything inside a card: its grip, words, meta and controls. dnd-kit re-renders the
 * component holding useDraggable for every card whenever the zone under the pointer
 * changes (its context carries `over`; dnd-kit issues #389, #1071), so the card is split as
 * its maintainers advise: a thin holder, and this memoised part that renders again only
 * when its own props change (the grip's attributes and ref are memoised by dnd-kit).
 */
const CardContent = memo(function CardContent({
  text,
  hint,
  meta,
  children,
  grip,
  gripRef,
}: {
  text: string;
  hint?: string | undefined;
  meta?: ReactNode;
  children?: ReactNode;
  /** The grip button's attributes; null when the card cannot move. */
  grip: DraggableAttributes | null;
  gripRef(element: HTMLElement | null): void;
}) {
  const { t } = useLingui();
  return (
    <>
      <div className="cgv-card-main">
        {grip ? (
          <button type="button" ref={gripRef} className="cgv-grip" {...grip} aria-label={t`Drag ${text}`}>
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
        <CardWords text={text} hint={hint} />
        {meta}
      </div>
      {children}
    </>
  );
});

/**
 * A card you can drag with a mouse or finger anywhere on it, or lift with the
 * keyboard from its grip button. Children are its other controls (never the
 * only way to move it is dragging). Memoised: give it stable `meta` and `children`
 * (elements made by a memoised per-card component) so a board's render skips it.
 */
export const DraggableCard = memo(function DraggableCard({
  id,
  text,
  hint,
  zoneId,
  disabled = false,
  meta,
  children,
  className,
}: {
  id: string;
  text: string;
  /** A short description shown under the text. */
  hint?: string | undefined;
  zoneId: string;
  disabled?: boolean;
  meta?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const data = useMemo(() => ({ zoneId }), [zoneId]);
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({ id, data, disabled });
  return (
    <li
      ref={setNodeRef}
      data-testid="card"
      data-card-id={id}
      className={['cgv-card', isDragging ? 'cgv-card-source' : '', disabled ? 'cgv-card-static' : '', className].filter(Boolean).join(' ')}
      {...(disabled ? {} : listeners)}
    >
      <CardContent text={text} hint={hint} meta={meta} grip={disabled ? null : attributes} gripRef={setActivatorNodeRef}>
        {children}
      </CardContent>
    </li>
  );
});

// Memoised cards skip a board's render only when their props keep their identity.

/** A function that never changes identity and always runs the latest `fn`: a handler for memoised cards. */
export function useLatestCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/** The same value (the first one seen) for as long as `key` (a summary of its content) stays the same. */
export function useSameWhile<T>(value: T, key: string): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the value's content
  return useMemo(() => value, [key]);
}

/** A summary of zones' ids and names, for useSameWhile. */
export const zonesKey = (zones: readonly { id: string; name: string }[]) => zones.map((z) => `${z.id}\u0000${z.name}`).join('\u0001');
