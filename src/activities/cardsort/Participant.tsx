import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ParticipantViewProps } from '../view-types';
import type { CardSortParticipantConfig } from './definition';
import type { PlacementValue } from './logic';
import { CUSTOM_PREFIX } from './keys';
import { useAnswers } from '../kit/views/answers';
import { buildAnnouncements, EDGE_AUTOSCROLL, screenReaderInstructions, useDragSensors, zoneCollision } from '../kit/views/dnd';
import { CardFace, DraggableCard, keepOutOfDrag, useLatestCallback, useSameWhile, zonesKey } from '../kit/views/DraggableCard';
import { DropZone } from '../kit/views/DropZone';
import { PlaceMenu } from '../kit/views/PlaceMenu';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface, useReducedMotion } from '../kit/views/surface';
import { OneCardSort } from '../kit/views/OneCardSort';
import type { CardNoun } from '../kit/views/one-card-model';
import { OneAtATimeOffer, SortModeSwitch, useSortMode } from '../kit/views/sort-mode';
import { useFocusHandOff } from '../../ui/focus-rule';

export const UNSORTED = 'unsorted';
const MAX_CUSTOM_NAME = 60;

/** "Depends", "It depends" (and the same in German, French and Spanish): columns where "depends on what?" is worth asking. */
export const isDependsColumn = (text: string) => /\bdepends\b|kommt (?:drauf|darauf) an|hängt davon ab|\bdépend|\bdepende/i.test(text);

interface Zone {
  id: string;
  name: string;
}

function placementOf(value: unknown): PlacementValue | null {
  return value && typeof value === 'object' && typeof (value as PlacementValue).column === 'string' ? (value as PlacementValue) : null;
}

/** What one card is called aloud in the one-card sort: "Signal 7 of 26". */
const CARD_NOUN: Record<string, CardNoun> = { leadsort: 'signal', kpisort: 'kpi' };

export function CardSortParticipant({ activity, config, mine, locked, submit, announce }: ParticipantViewProps<CardSortParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const { i18n, t } = useLingui();
  const [addedColumns, setAddedColumns] = useState<string[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [openNote, setOpenNote] = useState<string | null>(null);
  const [focusCard, setFocusCard] = useState<string | null>(null);
  const reducedMotion = useReducedMotion();
  const sensors = useDragSensors();
  const sortMode = useSortMode(config.cards.length);
  const handFocusTo = useFocusHandOff();
  /** The note's form and its button replace each other: the keyboard goes from one to the other. */
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS selector
  const noteControl = (cardId: string, what: 'input' | 'button') => `[data-card-id="${CSS.escape(cardId)}"] .cgv-note ${what}`;

  const placement = (cardId: string) => placementOf(answers[cardId]);
  const zoneList: Zone[] = useMemo(() => {
    const custom = new Set(addedColumns);
    for (const card of config.cards) {
      const col = placementOf(answers[card.id])?.column;
      if (col?.startsWith(CUSTOM_PREFIX)) custom.add(col);
    }
    return [
      { id: UNSORTED, name: t`Unsorted` },
      ...config.columns.map((c) => ({ id: c.id, name: c.text })),
      ...[...custom].map((id) => ({ id, name: id.slice(CUSTOM_PREFIX.length) })),
    ];
  }, [config, answers, addedColumns, t]);
  const zones = useSameWhile(zoneList, zonesKey(zoneList)); // one array while the zones stay the same: cards stay memoised
  const zoneName = (id: string) => zones.find((z) => z.id === id)?.name ?? t`Unsorted`;
  const zoneOfCard = (cardId: string) => {
    const col = placementOf(answers[cardId])?.column;
    return col && zones.some((z) => z.id === col) ? col : UNSORTED;
  };
  const cardsIn = (zoneId: string) => config.cards.filter((c) => zoneOfCard(c.id) === zoneId);
  const textOf = (id: UniqueIdentifier) => config.cards.find((c) => c.id === id)?.text ?? t`the card`;
  const sorted = config.cards.filter((c) => zoneOfCard(c.id) !== UNSORTED).length;
  const total = config.cards.length;

  useEffect(() => {
    if (!focusCard) return;
    const el = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(focusCard)}"] .cgv-place`);
    el?.focus();
    setFocusCard(null);
  }, [focusCard, answers]);

  async function place(cardId: string, zoneId: string, how: 'drag' | 'menu') {
    const from = zoneOfCard(cardId);
    if (from === zoneId) return;
    const text = textOf(cardId);
    const value: PlacementValue | null = zoneId === UNSORTED ? null : { column: zoneId };
    if (how === 'menu') announce(t`${ph({ card: text })} moved to ${ph({ column: zoneName(zoneId) })}.`);
    if (zoneId !== UNSORTED && isDependsColumn(zoneName(zoneId))) setOpenNote(cardId);
    if (how === 'menu') setFocusCard(cardId);
    await save(cardId, value, { undoneMessage: t`${ph({ card: text })} went back to ${ph({ column: zoneName(from) })}.` });
  }
  const placeByMenu = useLatestCallback((cardId: string, zoneId: string) => void place(cardId, zoneId, 'menu'));
  const openNoteOf = useLatestCallback((cardId: string) => {
    handFocusTo(noteControl(cardId, 'input'));
    setOpenNote(cardId);
  });
  const saveNote = useLatestCallback((cardId: string, zoneId: string, note: string) => {
    handFocusTo(noteControl(cardId, 'button'));
    setOpenNote(null);
    const trimmed = note.trim();
    void save(cardId, trimmed ? { column: zoneId, note: trimmed } : { column: zoneId });
  });

  const announcements = buildAnnouncements(
    {
      nameOf: textOf,
      placeOf: (overId) => zones.find((z) => z.id === overId)?.name,
      positionOf: (active, over) => {
        const already = zoneOfCard(String(active)) === over;
        const count = cardsIn(String(over)).length + (already ? 0 : 1);
        return { position: already ? cardsIn(String(over)).findIndex((c) => c.id === active) + 1 : count, of: count };
      },
      originOf: (active) => zoneName(zoneOfCard(String(active))),
    },
    i18n,
  );

  const onDragStart = (e: DragStartEvent) => setActiveId(String(e.active.id));
  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    if (e.over) void place(String(e.active.id), String(e.over.id), 'drag');
  };

  const renderZone = (zone: Zone, index: number) => {
    const cards = cardsIn(zone.id);
    const isPile = zone.id === UNSORTED;
    return (
      <DropZone
        key={zone.id}
        id={zone.id}
        zoneIndex={index}
        title={zone.name}
        count={cards.length}
        disabled={locked}
        className={isPile ? 'cgv-zone-pile' : undefined}
        empty={cards.length === 0 ? (isPile ? t`All cards sorted. Nice work.` : locked ? t`Nothing here.` : t`Drop cards here`) : undefined}
        headingLevel={2 /* right under the page's h1 (the activity's title), on a phone and on the in-room page */}
      >
        {cards.length > 0 ? (
          <ul className="cgv-card-list">
            {cards.map((card) => (
              <SortCard
                key={card.id}
                id={card.id}
                text={card.text}
                hint={card.description}
                zone={zone}
                zones={zones}
                locked={locked}
                note={placement(card.id)?.note ?? ''}
                noteOpen={openNote === card.id}
                onPlace={placeByMenu}
                onOpenNote={openNoteOf}
                onSaveNote={saveNote}
              />
            ))}
          </ul>
        ) : null}
      </DropZone>
    );
  };

  return (
    <Surface kind="phone" className={`cgv-sort${locked ? ' cgv-sort-locked' : ''}`}>
      {config.prompt ? <p className="cgv-prompt">{config.prompt}</p> : null}
      {locked ? <LockedNote /> : null}
      {sortMode.mode === 'one' && !locked ? <SortModeSwitch mode={sortMode.mode} onChoose={sortMode.choose} /> : null}
      {sortMode.mode === 'one' && !locked ? (
        <OneCardSort
          cards={config.cards}
          columns={zones.slice(1)}
          placementOf={(id) => (zoneOfCard(id) === UNSORTED ? null : placement(id))}
          onSave={(id, value) => save(id, value, { undoneMessage: t`${ph({ card: textOf(id) })} went back to ${ph({ column: zoneName(zoneOfCard(id)) })}.` })}
          asksNote={(column) => isDependsColumn(column.name)}
          noun={CARD_NOUN[activity?.kind ?? ''] ?? 'card'}
          onShowAll={() => sortMode.choose('all')}
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={zoneCollision}
          autoScroll={EDGE_AUTOSCROLL}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setActiveId(null)}
          accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions(i18n) }}
        >
          <div className="cgv-zones">
            {renderZone(zones[0]!, 0)}
            <div className="cgv-columns">{zones.slice(1).map((zone, i) => renderZone(zone, i + 1))}</div>
          </div>
          <DragOverlay dropAnimation={reducedMotion ? null : undefined}>
            {activeId ? <CardFace text={textOf(activeId)} hint={config.cards.find((c) => c.id === activeId)?.description} lifted /> : null}
          </DragOverlay>
        </DndContext>
      )}
      {config.open && !locked ? (
        <AddColumn
          existing={zones.map((z) => z.name.toLowerCase())}
          onAdd={(name) => {
            setAddedColumns((cols) => [...cols, `${CUSTOM_PREFIX}${name}`]);
            announce(t`Added the column ${name}. Place a card in it to keep it.`);
          }}
        />
      ) : null}
      <div className="cgv-bottom-bar">
        {sortMode.mode === 'one' && !locked ? null : (
          <div className="ocs-offer-row">
            <p className="cgv-progress" aria-live="polite">
              <Trans>
                <strong>{sorted}</strong> of {total} sorted
              </Trans>
            </p>
            {sortMode.offered && !locked ? <OneAtATimeOffer onChoose={sortMode.choose} /> : null}
          </div>
        )}
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}

/** One card in its zone, memoised: a drag or a placement renders only the cards whose props changed. */
const SortCard = memo(function SortCard({
  id,
  text,
  hint,
  zone,
  zones,
  locked,
  note,
  noteOpen,
  onPlace,
  onOpenNote,
  onSaveNote,
}: {
  id: string;
  text: string;
  hint: string;
  zone: Zone;
  zones: Zone[];
  locked: boolean;
  note: string;
  noteOpen: boolean;
  onPlace(cardId: string, zoneId: string): void;
  onOpenNote(cardId: string): void;
  onSaveNote(cardId: string, zoneId: string, note: string): void;
}) {
  const others = useMemo(() => zones.filter((z) => z.id !== zone.id), [zones, zone.id]);
  return (
    <DraggableCard id={id} text={text} hint={hint} zoneId={zone.id} disabled={locked}>
      {locked ? null : <CardPlaceMenu text={text} zones={others} onPlace={(to) => onPlace(id, to)} />}
      {zone.id !== UNSORTED && isDependsColumn(zone.name) ? (
        <DependsNote
          key={note}
          text={text}
          note={note}
          open={noteOpen}
          locked={locked}
          onOpen={() => onOpenNote(id)}
          onSave={(next) => onSaveNote(id, zone.id, next)}
        />
      ) : null}
    </DraggableCard>
  );
});

function CardPlaceMenu({ text, zones, onPlace }: { text: string; zones: Zone[]; onPlace(zoneId: string): void }) {
  const { t } = useLingui();
  return (
    <div className="cgv-place-wrap" {...keepOutOfDrag}>
      <PlaceMenu
        label={t`Place ${ph({ card: text })}`}
        listLabel={t`Where ${ph({ card: text })} goes`}
        buttonText={t`Place…`}
        places={zones.map((z) => ({ id: z.id, label: z.id === UNSORTED ? t`Back to Unsorted` : z.name }))}
        onPlace={onPlace}
        className="cgv-place"
        menuClassName="cgv-place-menu"
      />
    </div>
  );
}

function DependsNote({
  text,
  note,
  open,
  locked,
  onOpen,
  onSave,
}: {
  text: string;
  note: string;
  open: boolean;
  locked: boolean;
  onOpen(): void;
  onSave(note: string): void;
}) {
  const [draft, setDraft] = useState(note);
  const fieldId = useId();
  const { t } = useLingui();
  if (locked || !open) {
    return (
      <div className="cgv-note" {...keepOutOfDrag}>
        {note ? (
          <p className="cgv-note-text">
            <Trans>Depends on: {note}</Trans>
          </p>
        ) : null}
        {locked ? null : (
          <button
            type="button"
            className="cgv-btn cgv-btn-quiet"
            onClick={onOpen}
            aria-label={note ? t`Edit note for ${ph({ card: text })}` : t`Depends on what? for ${ph({ card: text })}`}
          >
            {note ? t`Edit note` : t`Depends on what?`}
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="cgv-note cgv-note-form"
      {...keepOutOfDrag}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <label htmlFor={fieldId}>
        <Trans>Depends on what? (optional)</Trans>
      </label>
      <div className="cgv-inline">
        <input id={fieldId} className="cgv-input" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} placeholder={t`e.g. company size`} />
        <button type="submit" className="cgv-btn cgv-btn-primary">
          <Trans>Save note</Trans>
        </button>
      </div>
    </form>
  );
}

function AddColumn({ existing, onAdd }: { existing: string[]; onAdd(name: string): void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const fieldId = useId();
  const { t } = useLingui();
  const errorId = useId();
  if (!open) {
    return (
      <button type="button" className="cgv-btn cgv-add-column" onClick={() => setOpen(true)}>
        + <Trans>Add a column</Trans>
      </button>
    );
  }
  return (
    <form
      className="cgv-add-column-form"
      onSubmit={(e) => {
        e.preventDefault();
        const clean = name.trim();
        if (!clean) return setError(t`Give the column a name.`);
        if (existing.includes(clean.toLowerCase())) return setError(t`There is already a column with that name.`);
        onAdd(clean);
        setName('');
        setError('');
        setOpen(false);
      }}
    >
      <label htmlFor={fieldId}>
        <Trans>Name your column</Trans>
      </label>
      <div className="cgv-inline">
        <input
          id={fieldId}
          className="cgv-input"
          value={name}
          maxLength={MAX_CUSTOM_NAME}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="cgv-btn cgv-btn-primary">
          <Trans>Add</Trans>
        </button>
      </div>
      {error ? (
        <p id={errorId} className="cgv-field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
