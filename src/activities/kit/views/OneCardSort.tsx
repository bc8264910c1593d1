import { DndContext, DragOverlay, useDroppable, type DragEndEvent } from '@dnd-kit/core';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useRef, useState } from 'react';
import { buildAnnouncements, screenReaderInstructions, useDragSensors, zoneCollision, type ZoneData } from './dnd';
import { CardFace, DraggableCard } from './DraggableCard';
import { CardNoteForm } from './CardNoteForm';
import { OneCardReview } from './OneCardReview';
import {
  cardOf,
  nextToSort,
  placedMessage,
  placementFor,
  showingMessage,
  withNote,
  type CardNoun,
  type DeckCard,
  type DeckColumn,
  type Placement,
} from './one-card-model';
import { useFocusHandOff } from '../../../ui/focus-rule';
import './one-card-sort.css';

/** Where the card in hand sits before it is dropped: not a column. */
const IN_HAND = 'one-card-in-hand';

export interface OneCardSortProps {
  cards: readonly DeckCard[];
  /** The places a card can go (no "Unsorted"). */
  columns: readonly DeckColumn[];
  placementOf(cardId: string): Placement | null;
  /** Save one card's answer (null: back to unsorted), exactly as the board saves it. */
  onSave(cardId: string, value: Placement | null): unknown;
  /** Columns that ask "depends on what?" after a card lands in them. */
  asksNote(column: DeckColumn): boolean;
  /** What a card is called aloud: "Signal 7 of 26". */
  noun?: CardNoun;
  /** Switch to the board with every card. */
  onShowAll(): void;
}

interface Step {
  cardId: string;
  before: Placement | null;
  at: number;
}

/**
 * Sorting one card at a time: the card large, every column a big target on the first
 * screen (drag the card onto one, or tap it), progress, back and undo, and at the end a
 * review where any card can be moved. Saves through `onSave`, the board's own save.
 */
export function OneCardSort({ cards, columns, placementOf, onSave, asksNote, noun = 'card', onShowAll }: OneCardSortProps) {
  const { i18n, t } = useLingui();
  const isPlaced = (id: string) => placementOf(id) !== null;
  const [at, setAt] = useState(() => nextToSort(cards, isPlaced, -1));
  /** The card just placed in a column that asks for a note, and that column (kept here, not read back from the answers, so the form stays put while saves come back). */
  const [noteFor, setNoteFor] = useState<{ cardId: string; column: string } | null>(null);
  const [history, setHistory] = useState<Step[]>([]);
  const [message, setMessage] = useState('');
  const [dragging, setDragging] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /** After a note, the keyboard goes back to the first target (they show again on the next render), or after the last card to the review. */
  const handFocusTo = useFocusHandOff();
  const sensors = useDragSensors();
  const total = cards.length;
  const index = Math.min(at, total);
  const card = index < total ? cards[index]! : null;
  const sorted = cards.filter((c) => isPlaced(c.id)).length;
  const columnName = (id: string) => columns.find((c) => c.id === id)?.name ?? t`Unsorted`;
  const current = card ? placementOf(card.id) : null;

  const show = (next: number, said: string) => {
    setAt(next);
    setNoteFor(null);
    const nextCard = cards[next];
    const showing = nextCard ? showingMessage(i18n, noun, next, total, nextCard.text) : '';
    setMessage(nextCard ? t`${said} Next: ${showing}` : t`${said} All ${total} done: review your sort.`);
  };

  function record(cardId: string, before: Placement | null, value: Placement | null) {
    setHistory((steps) => [...steps, { cardId, before, at: index }]);
    void onSave(cardId, value);
  }

  function place(columnId: string) {
    if (!card) return;
    const column = columns.find((c) => c.id === columnId);
    if (!column) return;
    record(card.id, current, placementFor(current, columnId));
    const said = placedMessage(i18n, noun, index, total, card.text, column.name);
    if (asksNote(column)) {
      setNoteFor({ cardId: card.id, column: columnId });
      setMessage(t`${said} Depends on what? Add a note, or go on.`);
    } else show(nextToSort(cards, isPlaced, index, card.id), said);
  }

  function afterNote(note: string | null) {
    if (!card || !noteFor) return;
    if (note !== null && note.trim() !== (current?.note ?? '')) void onSave(card.id, withNote(noteFor.column, note));
    handFocusTo(() => root.current?.querySelector<HTMLElement>('.ocs-targets button, .ocs-review-title'));
    show(nextToSort(cards, isPlaced, index, card.id), note?.trim() ? t`Note saved.` : '');
  }

  function undo() {
    const last = history.at(-1);
    if (!last) {
      setMessage(t`Nothing to undo.`);
      return;
    }
    setHistory((steps) => steps.slice(0, -1));
    void onSave(last.cardId, last.before);
    const text = cards.find((c) => c.id === last.cardId)?.text ?? t`the card`;
    setAt(last.at);
    setNoteFor(null);
    const column = last.before ? columnName(last.before.column) : '';
    setMessage(last.before ? t`Undone: ${text} is back in ${column}.` : t`Undone: ${text} is not sorted again.`);
  }

  function go(next: number) {
    if (next < 0) {
      setMessage(noun === 'signal' ? t`This is the first signal.` : noun === 'kpi' ? t`This is the first KPI.` : t`This is the first card.`);
      return;
    }
    const target = cards[next];
    setAt(next);
    setNoteFor(null);
    setMessage(target ? showingMessage(i18n, noun, next, total, target.text) : t`All ${total} done: review your sort.`);
  }

  const built = buildAnnouncements(
    {
      nameOf: () => card?.text ?? t`the card`,
      placeOf: (overId) => columns.find((c) => c.id === overId)?.name,
      originOf: () => (current ? columnName(current.column) : t`its place`),
    },
    i18n,
  );
  // A drop says its own, fuller line in the live region below.
  const announcements = { ...built, onDragEnd: (e: Parameters<NonNullable<typeof built.onDragEnd>>[0]) => (e.over ? undefined : built.onDragEnd?.(e)) };
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(false);
    if (e.over) place(String(e.over.id));
  };

  const actions = (
    <div className="ocs-nav">
      {/* aria-disabled, not disabled: Back on the first card and Undo with nothing left keep the keyboard; a press says why (#15). */}
      <button type="button" className="cgv-btn" onClick={() => go(index - 1)} aria-disabled={index === 0 || undefined}>
        ‹ <Trans>Back</Trans>
      </button>
      <button type="button" className="cgv-btn" onClick={undo} aria-disabled={history.length === 0 || undefined}>
        ↶ <Trans>Undo</Trans>
      </button>
      {card ? (
        <button type="button" className="cgv-btn" onClick={() => go(index + 1)}>
          {current ? t`Next ›` : t`Skip ›`}
        </button>
      ) : null}
    </div>
  );

  return (
    <div className="ocs" data-testid="one-card-sort" ref={root}>
      <p className="cgv-sr" role="status" aria-live="polite">
        {message}
      </p>
      {card ? (
        <DndContext
          sensors={sensors}
          collisionDetection={zoneCollision}
          onDragStart={() => setDragging(true)}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(false)}
          accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions(i18n) }}
        >
          <div className="ocs-head">
            <p className="ocs-progress">
              <strong>{cardOf(i18n, noun, index, total)}</strong>
              <span className="ocs-sorted">
                <Trans>{sorted} sorted</Trans>
              </span>
            </p>
            <progress className="ocs-bar" value={sorted} max={total} aria-label={t`${sorted} of ${total} sorted`} />
          </div>
          <ul className="ocs-deck" aria-label={cardOf(i18n, noun, index, total)}>
            <DraggableCard key={card.id} id={card.id} text={card.text} hint={card.description} zoneId={IN_HAND} className="ocs-card" />
          </ul>
          <p className="ocs-now">
            {current ? (
              <>
                <Trans>Now in: {ph({ column: columnName(current.column) })}</Trans>
                {current.note ? ` ${t`(depends on: ${ph({ note: current.note })})`}` : ''}
              </>
            ) : (
              t`Drag it onto a column, or tap one.`
            )}
          </p>
          {noteFor?.cardId === card.id ? (
            <CardNoteForm
              key={card.id}
              text={card.text}
              note={current?.note ?? ''}
              autoFocus
              skipText={t`Next card`}
              onSave={(note) => afterNote(note)}
              onSkip={() => afterNote(null)}
            />
          ) : (
            <div className={`ocs-targets${columns.length > 3 ? ' ocs-targets-grid' : ''}`} role="group" aria-label={t`Where ${ph({ card: card.text })} goes`}>
              {columns.map((column, i) => (
                <Target key={column.id} column={column} index={i} chosen={current?.column === column.id} dragging={dragging} onPick={place} />
              ))}
            </div>
          )}
          {actions}
          {/* No flight back on drop: the card went into the column (the next one slides in, unless motion is reduced). */}
          <DragOverlay dropAnimation={null}>{dragging ? <CardFace text={card.text} hint={card.description} lifted /> : null}</DragOverlay>
        </DndContext>
      ) : (
        <>
          <OneCardReview
            cards={cards}
            columns={columns}
            placementOf={placementOf}
            asksNote={asksNote}
            onMove={(cardId, value, said) => {
              record(cardId, placementOf(cardId), value);
              setMessage(said);
            }}
            onOpen={go}
            onShowAll={onShowAll}
          />
          {actions}
        </>
      )}
    </div>
  );
}

/** A column as a big button: tap it to place the card in hand, or drop the card on it. */
function Target({
  column,
  index,
  chosen,
  dragging,
  onPick,
}: {
  column: DeckColumn;
  index: number;
  chosen: boolean;
  dragging: boolean;
  onPick(id: string): void;
}) {
  const data: ZoneData = useMemo(() => ({ zoneIndex: index }), [index]);
  const { setNodeRef, isOver } = useDroppable({ id: column.id, data });
  return (
    <button
      ref={setNodeRef}
      type="button"
      data-target-id={column.id}
      className={['ocs-target', chosen ? 'ocs-target-chosen' : '', dragging ? 'ocs-target-ready' : '', isOver ? 'ocs-target-over' : '']
        .filter(Boolean)
        .join(' ')}
      aria-pressed={chosen}
      onClick={() => onPick(column.id)}
    >
      {column.name}
    </button>
  );
}
