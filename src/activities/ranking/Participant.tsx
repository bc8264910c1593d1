import { DndContext, DragOverlay, closestCenter, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ParticipantViewProps } from '../view-types';
import type { RankingParticipantConfig } from './definition';
import type { OrderValue } from './logic';
import { ORDER_KEY } from './keys';
import { useAnswers } from '../kit/views/answers';
import { buildListAnnouncements, useDragSensors } from '../kit/views/dnd';
import { CardFace } from '../kit/views/DraggableCard';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface, useReducedMotion } from '../kit/views/surface';

/** The saved order if it is a complete order of today's options, else the planned order. */
function startingOrder(config: RankingParticipantConfig, saved: unknown): string[] {
  const ids = config.options.map((o) => o.id);
  const order = (saved as OrderValue | undefined)?.order;
  if (Array.isArray(order) && order.length === ids.length && ids.every((id) => order.includes(id))) return [...order];
  return ids;
}

export function RankingParticipant({ config, mine, locked, submit, announce }: ParticipantViewProps<RankingParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const saved = answers[ORDER_KEY] !== undefined;
  const order = startingOrder(config, answers[ORDER_KEY]);
  const shown = order;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const reducedMotion = useReducedMotion();
  const sensors = useDragSensors(sortableKeyboardCoordinates);
  const { t, i18n } = useLingui();
  const instructions = {
    draggable: t`To move this option, press Space or Enter, use the up and down arrow keys to change its place, and press Space or Enter again to drop it, or Escape to cancel. Each option also has Move up and Move down buttons.`,
  };
  const textOf = (id: UniqueIdentifier) => config.options.find((o) => o.id === id)?.text ?? t`the option`;
  const total = shown.length;

  // Keep the keyboard where it was: on the same option's arrow, even at the ends of the list
  // (there it is aria-disabled and a press says so), since moving the row can drop focus.
  useEffect(() => {
    if (!focus) return;
    const row = document.querySelector(`[data-rank-id="${CSS_escape(focus.id)}"]`);
    row?.querySelector<HTMLButtonElement>(`.cgv-move-${focus.dir}`)?.focus();
    setFocus(null);
  }, [focus]);

  async function commit(next: string[], moved: string, before: string[]) {
    const from = before.indexOf(moved) + 1;
    const text = textOf(moved);
    await save(ORDER_KEY, { order: next }, { undoneMessage: t`${text} went back to position ${from}.` });
  }

  function move(id: string, by: -1 | 1) {
    const from = shown.indexOf(id);
    const to = from + by;
    const text = textOf(id);
    if (to < 0 || to >= total) {
      const at = from + 1;
      announce(by === -1 ? t`${text} is already at the top, position ${at} of ${total}.` : t`${text} is already at the bottom, position ${at} of ${total}.`);
      return;
    }
    const next = arrayMove(shown, from, to);
    const place = to + 1;
    announce(t`${text} moved to position ${place} of ${total}.`);
    setFocus({ id, dir: by === -1 ? 'up' : 'down' });
    void commit(next, id, shown);
  }

  // Built once: it remembers the drag (start and last position) across renders.
  const listRef = useRef({ shown, textOf });
  listRef.current = { shown, textOf };
  const announcements = useMemo(() => buildListAnnouncements({ nameOf: (id) => listRef.current.textOf(id), order: () => listRef.current.shown }, i18n), [i18n]);

  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    if (!e.over || e.over.id === e.active.id) return;
    const id = String(e.active.id);
    const next = arrayMove(shown, shown.indexOf(id), shown.indexOf(String(e.over.id)));
    void commit(next, id, shown);
  };

  return (
    <Surface kind="phone" className="cgv-rank">
      {config.prompt ? <p className="cgv-prompt">{config.prompt}</p> : null}
      {locked ? (
        <LockedNote />
      ) : (
        <p className="cgv-hint">
          <Trans>Most important at the top. Drag, or use the arrows.</Trans>
        </p>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={(e) => setActiveId(String(e.active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
        accessibility={{ announcements, screenReaderInstructions: instructions }}
      >
        <SortableContext items={shown} strategy={verticalListSortingStrategy} disabled={locked}>
          <ol className="cgv-rank-list" aria-label={t`Your order`}>
            {shown.map((id, index) => (
              <RankRow
                key={id}
                id={id}
                text={textOf(id)}
                position={index + 1}
                total={total}
                locked={locked}
                reducedMotion={reducedMotion}
                onUp={() => move(id, -1)}
                onDown={() => move(id, 1)}
              />
            ))}
          </ol>
        </SortableContext>
        <DragOverlay dropAnimation={reducedMotion ? null : undefined}>
          {activeId ? <CardFace text={textOf(activeId)} lifted meta={<span className="cgv-rank-num">{shown.indexOf(activeId) + 1}</span>} /> : null}
        </DragOverlay>
      </DndContext>
      <div className="cgv-bottom-bar">
        {saved || status.kind === 'error' ? (
          <SaveFeedback status={status} onDismiss={dismiss} />
        ) : (
          <>
            <p className="cgv-unsaved">
              <Trans>Not submitted yet</Trans>
            </p>
            {locked ? null : (
              <button type="button" className="cgv-btn cgv-btn-primary cgv-btn-wide" onClick={() => void save(ORDER_KEY, { order: shown })}>
                <Trans>Save my order</Trans>
              </button>
            )}
          </>
        )}
      </div>
    </Surface>
  );
}

const CSS_escape = (s: string) => (typeof CSS !== 'undefined' && 'escape' in globalThis.CSS ? globalThis.CSS.escape(s) : s);

function RankRow({
  id,
  text,
  position,
  total,
  locked,
  reducedMotion,
  onUp,
  onDown,
}: {
  id: string;
  text: string;
  position: number;
  total: number;
  locked: boolean;
  reducedMotion: boolean;
  onUp(): void;
  onDown(): void;
}) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id, disabled: locked });
  const { t } = useLingui();
  const style = { transform: CSS.Transform.toString(transform), transition: reducedMotion ? undefined : transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      data-testid="rank-row"
      data-rank-id={id}
      className={`cgv-card cgv-rank-row${isDragging ? ' cgv-card-source' : ''}`}
      {...(locked ? {} : listeners)}
    >
      <span className="cgv-rank-num" aria-hidden="true">
        {position}
      </span>
      {locked ? null : (
        <button type="button" ref={setActivatorNodeRef} className="cgv-grip" {...attributes} aria-label={t`Drag ${text}, position ${position} of ${total}`}>
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <span className="cgv-card-text">
        <span className="cgv-sr">
          <Trans>Position {position}:</Trans>{' '}
        </span>
        {text}
      </span>
      {locked ? null : (
        <span className="cgv-updown" onPointerDown={(e) => e.stopPropagation()}>
          {/* aria-disabled, not disabled: the arrow that just took an option to the top or bottom keeps the keyboard (#15). */}
          <button
            type="button"
            className="cgv-btn cgv-step cgv-move-up"
            onClick={onUp}
            aria-disabled={position === 1 || undefined}
            aria-label={t`Move ${text} up`}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="cgv-btn cgv-step cgv-move-down"
            onClick={onDown}
            aria-disabled={position === total || undefined}
            aria-label={t`Move ${text} down`}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      )}
    </li>
  );
}
