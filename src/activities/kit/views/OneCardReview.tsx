import { useId, useState } from 'react';
import { CardNoteForm } from './CardNoteForm';
import { PlaceMenu } from './PlaceMenu';
import { withNote, type DeckCard, type DeckColumn, type Placement } from './one-card-model';
import { useFocusHandOff } from '../../../ui/focus-rule';

/**
 * The end of a one-card sort: every card under the column it went to, each movable with the
 * Place… menu (and its note editable where the column asks for one); unsorted cards first.
 */
export function OneCardReview({
  cards,
  columns,
  placementOf,
  asksNote,
  onMove,
  onOpen,
  onShowAll,
}: {
  cards: readonly DeckCard[];
  columns: readonly DeckColumn[];
  placementOf(cardId: string): Placement | null;
  asksNote(column: DeckColumn): boolean;
  onMove(cardId: string, value: Placement, said: string): void;
  /** Show the card at this index on its own again. */
  onOpen(index: number): void;
  onShowAll(): void;
}) {
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const handFocusTo = useFocusHandOff();
  /** The note's form gives way to its button again: the keyboard goes there. */
  const closeNote = (cardId: string) => {
    handFocusTo(`[data-review-card="${CSS.escape(cardId)}"] .ocs-review-actions button`);
    setNoteFor(null);
  };
  const titleId = useId();
  const unsorted = cards.filter((c) => !placementOf(c.id));
  const groups = columns.map((column) => ({ column, cards: cards.filter((c) => placementOf(c.id)?.column === column.id) }));

  return (
    <section className="ocs-review" aria-labelledby={titleId}>
      <h2 id={titleId} className="ocs-review-title" tabIndex={-1}>
        Review your sort
      </h2>
      <p className="ocs-review-lead">
        {unsorted.length === 0 ? `All ${cards.length} sorted.` : `${cards.length - unsorted.length} of ${cards.length} sorted.`} Move any card if you changed
        your mind.
      </p>
      <button type="button" className="cgv-btn cgv-btn-wide" onClick={onShowAll}>
        See all cards on the board
      </button>
      {unsorted.length > 0 ? (
        <div className="ocs-review-group">
          <h3 className="ocs-review-head">Not sorted yet ({unsorted.length})</h3>
          <ul className="ocs-review-list">
            {unsorted.map((card) => (
              <li key={card.id} className="ocs-review-row" data-review-card={card.id}>
                <span className="ocs-review-text">{card.text}</span>
                <button type="button" className="cgv-btn" aria-label={`Sort ${card.text}`} onClick={() => onOpen(cards.indexOf(card))}>
                  Sort it
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {groups.map(({ column, cards: inColumn }) => (
        <div key={column.id} className="ocs-review-group" data-review-column={column.id}>
          <h3 className="ocs-review-head">
            {column.name} ({inColumn.length})
          </h3>
          {inColumn.length === 0 ? <p className="ocs-review-empty">No cards here.</p> : null}
          <ul className="ocs-review-list">
            {inColumn.map((card) => {
              const note = placementOf(card.id)?.note ?? '';
              return (
                <li key={card.id} className="ocs-review-row" data-review-card={card.id}>
                  <span className="ocs-review-text">
                    {card.text}
                    {note ? <span className="ocs-review-note">Depends on: {note}</span> : null}
                  </span>
                  <span className="ocs-review-actions">
                    {asksNote(column) && noteFor !== card.id ? (
                      <button
                        type="button"
                        className="cgv-btn cgv-btn-quiet"
                        aria-label={`${note ? 'Edit note' : 'Add note'} for ${card.text}`}
                        onClick={() => setNoteFor(card.id)}
                      >
                        {note ? 'Edit note' : 'Add note'}
                      </button>
                    ) : null}
                    <PlaceMenu
                      label={`Move ${card.text}`}
                      listLabel={`Where ${card.text} goes`}
                      buttonText="Move…"
                      places={columns.filter((c) => c.id !== column.id).map((c) => ({ id: c.id, label: c.name }))}
                      onPlace={(to) => {
                        const target = columns.find((c) => c.id === to)!;
                        onMove(card.id, { column: to }, `${card.text} moved to ${target.name}.`);
                        if (asksNote(target)) setNoteFor(card.id);
                      }}
                      className="cgv-place"
                      menuClassName="cgv-place-menu ocs-review-menu"
                    />
                  </span>
                  {noteFor === card.id ? (
                    <CardNoteForm
                      text={card.text}
                      note={note}
                      autoFocus
                      skipText="No note"
                      onSave={(next) => {
                        closeNote(card.id);
                        onMove(card.id, withNote(column.id, next), next.trim() ? `Note saved for ${card.text}.` : `No note for ${card.text}.`);
                      }}
                      onSkip={() => closeNote(card.id)}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
