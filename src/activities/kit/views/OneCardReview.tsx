import { useId, useState } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const handFocusTo = useFocusHandOff();
  /** The note's form gives way to its button again: the keyboard goes there. */
  const closeNote = (cardId: string) => {
    handFocusTo(`[data-review-card="${CSS.escape(cardId)}"] .ocs-review-actions button`);
    setNoteFor(null);
  };
  const titleId = useId();
  const unsorted = cards.filter((c) => !placementOf(c.id));
  const total = cards.length;
  const sortedCount = total - unsorted.length;
  const unsortedCount = unsorted.length;
  const groups = columns.map((column) => ({ column, cards: cards.filter((c) => placementOf(c.id)?.column === column.id) }));

  return (
    <section className="ocs-review" aria-labelledby={titleId}>
      <h2 id={titleId} className="ocs-review-title" tabIndex={-1}>
        <Trans>Review your sort</Trans>
      </h2>
      <p className="ocs-review-lead">
        {unsorted.length === 0 ? t`All ${total} sorted.` : t`${sortedCount} of ${total} sorted.`} <Trans>Move any card if you changed your mind.</Trans>
      </p>
      <button type="button" className="cgv-btn cgv-btn-wide" onClick={onShowAll}>
        <Trans>See all cards on the board</Trans>
      </button>
      {unsorted.length > 0 ? (
        <div className="ocs-review-group">
          <h3 className="ocs-review-head">
            <Trans>Not sorted yet ({unsortedCount})</Trans>
          </h3>
          <ul className="ocs-review-list">
            {unsorted.map((card) => (
              <li key={card.id} className="ocs-review-row" data-review-card={card.id}>
                <span className="ocs-review-text">{card.text}</span>
                <button type="button" className="cgv-btn" aria-label={t`Sort ${ph({ card: card.text })}`} onClick={() => onOpen(cards.indexOf(card))}>
                  <Trans>Sort it</Trans>
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
          {inColumn.length === 0 ? (
            <p className="ocs-review-empty">
              <Trans>No cards here.</Trans>
            </p>
          ) : null}
          <ul className="ocs-review-list">
            {inColumn.map((card) => {
              const note = placementOf(card.id)?.note ?? '';
              return (
                <li key={card.id} className="ocs-review-row" data-review-card={card.id}>
                  <span className="ocs-review-text">
                    {card.text}
                    {note ? (
                      <span className="ocs-review-note">
                        <Trans>Depends on: {note}</Trans>
                      </span>
                    ) : null}
                  </span>
                  <span className="ocs-review-actions">
                    {asksNote(column) && noteFor !== card.id ? (
                      <button
                        type="button"
                        className="cgv-btn cgv-btn-quiet"
                        aria-label={note ? t`Edit note for ${ph({ card: card.text })}` : t`Add note for ${ph({ card: card.text })}`}
                        onClick={() => setNoteFor(card.id)}
                      >
                        {note ? t`Edit note` : t`Add note`}
                      </button>
                    ) : null}
                    <PlaceMenu
                      label={t`Move ${ph({ card: card.text })}`}
                      listLabel={t`Where ${ph({ card: card.text })} goes`}
                      buttonText={t`Move…`}
                      places={columns.filter((c) => c.id !== column.id).map((c) => ({ id: c.id, label: c.name }))}
                      onPlace={(to) => {
                        const target = columns.find((c) => c.id === to)!;
                        onMove(card.id, { column: to }, t`${ph({ card: card.text })} moved to ${ph({ column: target.name })}.`);
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
                      skipText={t`No note`}
                      onSave={(next) => {
                        closeNote(card.id);
                        onMove(
                          card.id,
                          withNote(column.id, next),
                          next.trim() ? t`Note saved for ${ph({ card: card.text })}.` : t`No note for ${ph({ card: card.text })}.`,
                        );
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
