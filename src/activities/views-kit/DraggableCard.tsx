import { useDraggable } from '@dnd-kit/core';
import type { ReactNode, SyntheticEvent } from 'react';

/** Spread on anything inside a card that takes typing or its own gestures (a note field). */
export const keepOutOfDrag = {
  onPointerDown: (e: SyntheticEvent) => e.stopPropagation(),
  onTouchStart: (e: SyntheticEvent) => e.stopPropagation(),
  onKeyDown: (e: SyntheticEvent) => e.stopPropagation(),
};

/** The card's words, with its optional description (what exactly counts) underneath. */
function CardWords({ text, hint }: { text: string; hint?: string | undefined }) {
  if (!hint) return <span className="cgv-card-text">{text}</span>;
  return (
    <span className="cgv-card-body">
      <span className="cgv-card-text">{text}</span>
      <span className="cgv-card-hint">{hint}</span>
    </span>
  );
}

/** The look of a card, shared by the card in place and the lifted copy under the finger. */
export function CardFace({ text, hint, lifted = false, meta }: { text: string; hint?: string | undefined; lifted?: boolean; meta?: ReactNode }) {
  return (
    <div className={`cgv-card cgv-card-face${lifted ? ' cgv-card-lifted' : ''}`} aria-hidden={lifted || undefined}>
      <span className="cgv-grip" aria-hidden="true">
        ⠿
      </span>
      <CardWords text={text} hint={hint} />
      {meta}
    </div>
  );
}

/**
 * A card you can drag with a mouse or finger anywhere on it, or lift with the
 * keyboard from its grip button. Children are its other controls (never the
 * only way to move it is dragging).
 */
export function DraggableCard({
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
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({ id, data: { zoneId }, disabled });
  return (
    <li
      ref={setNodeRef}
      data-testid="card"
      data-card-id={id}
      className={['cgv-card', isDragging ? 'cgv-card-source' : '', disabled ? 'cgv-card-static' : '', className].filter(Boolean).join(' ')}
      {...(disabled ? {} : listeners)}
    >
      <div className="cgv-card-main">
        {disabled ? null : (
          <button type="button" ref={setActivatorNodeRef} className="cgv-grip" {...attributes} aria-label={`Drag ${text}`}>
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <CardWords text={text} hint={hint} />
        {meta}
      </div>
      {children}
    </li>
  );
}
