import { DndContext, DragOverlay, useDraggable, useDroppable, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ParticipantViewProps } from '../view-types';
import type { DotVoteParticipantConfig } from './definition';
import type { DotValue } from './logic';
import { useAnswers } from '../kit/views/answers';
import { buildAnnouncements, useDragSensors, zoneCollision, type ZoneData } from '../kit/views/dnd';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface, useReducedMotion } from '../kit/views/surface';

const DOT = 'dot';

const dotsOf = (value: unknown): number => (value && typeof value === 'object' && typeof (value as DotValue).dots === 'number' ? (value as DotValue).dots : 0);

export function DotVoteParticipant({ config, mine, locked, submit, announce }: ParticipantViewProps<DotVoteParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState('');
  const reducedMotion = useReducedMotion();
  const sensors = useDragSensors();
  const { t, i18n } = useLingui();
  const dotsText = (count: number) => t`${plural(count, { one: '# dot', other: '# dots' })}`;
  const instructions = {
    draggable: t`To put a dot on an option, press Space or Enter, use the arrow keys to choose the option, and press Space or Enter again. Each option also has plus and minus buttons.`,
  };

  const count = (id: string) => dotsOf(answers[id]);
  const used = config.options.reduce((sum, o) => sum + count(o.id), 0);
  const left = Math.max(0, config.dotsPerPerson - used);
  const textOf = (id: UniqueIdentifier) => config.options.find((o) => o.id === id)?.text ?? t`that option`;

  /** Why one more dot cannot go on this option, or null when it can. */
  const blockedReason = (id: string): string | null => {
    const max = config.maxPerItem;
    if (count(id) >= max) return t`At most ${plural(max, { one: '# dot', other: '# dots' })} on one option.`;
    if (left === 0) return t`No dots left. Take one back from another option first.`;
    return null;
  };

  async function change(id: string, delta: 1 | -1) {
    const next = count(id) + delta;
    if (delta === 1) {
      const reason = blockedReason(id);
      if (reason) {
        setNotice(reason);
        announce(reason);
        return;
      }
    }
    const text = textOf(id);
    if (next < 0) {
      announce(t`No dot on ${text} to take back.`);
      return;
    }
    setNotice('');
    const now = dotsText(next);
    const remaining = dotsText(left - delta);
    const before = dotsText(count(id));
    announce(t`${text} has ${now}. ${remaining} left.`);
    await save(id, next === 0 ? null : { dots: next }, { undoneMessage: t`${text} is back to ${before}.` });
  }

  const announcements = buildAnnouncements(
    {
      nameOf: () => t`a dot`,
      placeOf: (over) => {
        const text = textOf(over);
        const has = dotsText(count(String(over)));
        return t`${text}, which has ${has}`;
      },
      originOf: () => t`your dots`,
    },
    i18n,
  );
  // "Dropped a dot in X, which has 2 dots" reads oddly: say what happened instead.
  announcements.onDragEnd = ({ over }) => {
    if (!over) return t`The dot went back to your dots.`;
    const reason = blockedReason(String(over.id));
    const text = textOf(over.id);
    return reason ? t`Not placed: ${reason}` : t`Put a dot on ${text}.`;
  };

  const onDragEnd = (e: DragEndEvent) => {
    setDragging(false);
    if (e.over) void change(String(e.over.id), 1);
  };

  return (
    <Surface kind="phone" className="cgv-dots">
      {config.prompt ? <p className="cgv-prompt">{config.prompt}</p> : null}
      {locked ? <LockedNote /> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={zoneCollision}
        onDragStart={() => setDragging(true)}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(false)}
        accessibility={{ announcements, screenReaderInstructions: instructions }}
      >
        <ul className="cgv-options" aria-label={t`Options`}>
          {config.options.map((option, index) => (
            <OptionRow
              key={option.id}
              id={option.id}
              index={index}
              text={option.text}
              description={option.description}
              dots={count(option.id)}
              max={config.maxPerItem}
              locked={locked}
              reason={blockedReason(option.id)}
              onAdd={() => void change(option.id, 1)}
              onRemove={() => void change(option.id, -1)}
            />
          ))}
        </ul>
        <div className="cgv-bottom-bar">
          <DotTray left={left} total={config.dotsPerPerson} disabled={locked || left === 0} />
          {notice && status.kind !== 'error' ? (
            <p className="cgv-notice" role="status">
              {notice}
            </p>
          ) : (
            <SaveFeedback status={status} onDismiss={dismiss} />
          )}
        </div>
        <DragOverlay dropAnimation={reducedMotion ? null : undefined}>
          {dragging ? <span className="cgv-dot cgv-dot-lifted" aria-hidden="true" /> : null}
        </DragOverlay>
      </DndContext>
    </Surface>
  );
}

function DotTray({ left, total: all, disabled }: { left: number; total: number; disabled: boolean }) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({ id: DOT, disabled });
  const { t } = useLingui();
  const leftText = t`${plural(left, { one: '# dot left', other: '# dots left' })}`;
  const count = all;
  const total = t`${plural(count, { one: '# dot', other: '# dots' })}`;
  return (
    <div data-testid="dot-tray" className="cgv-tray" ref={setNodeRef} {...(disabled ? {} : listeners)}>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="cgv-tray-grab"
        {
          ...attributes /* aria-disabled when no dot is left: it keeps the keyboard after the last dot is dragged away */
        }
        aria-label={disabled ? leftText : t`Drag a dot onto an option. ${leftText}`}
      >
        <span className="cgv-tray-dots" aria-hidden="true">
          {Array.from({ length: all }, (_, i) => (
            <span key={i} className={`cgv-dot${i < left ? '' : ' cgv-dot-spent'}${i === 0 && isDragging ? ' cgv-dot-source' : ''}`} />
          ))}
        </span>
      </button>
      <p className="cgv-tray-label">
        <Trans>
          <strong>{left}</strong> of {total} left
        </Trans>
        {left === 0 ? (
          <span className="cgv-tray-hint">
            {' · '}
            <Trans>All placed. Use − to move one.</Trans>
          </span>
        ) : null}
      </p>
    </div>
  );
}

function OptionRow({
  id,
  index,
  text,
  description,
  dots,
  max,
  locked,
  reason,
  onAdd,
  onRemove,
}: {
  id: string;
  index: number;
  text: string;
  description: string;
  dots: number;
  max: number;
  locked: boolean;
  reason: string | null;
  onAdd(): void;
  onRemove(): void;
}) {
  const data: ZoneData = { zoneIndex: index };
  const { setNodeRef, isOver } = useDroppable({ id, data, disabled: locked });
  const reasonId = useId();
  const showReason = !locked && reason !== null && dots >= max;
  const count = dots;
  const { t } = useLingui();
  return (
    <li
      ref={setNodeRef}
      data-testid="option"
      data-option-id={id}
      className={`cgv-option${isOver ? ' cgv-zone-over' : ''}${dots > 0 ? ' cgv-option-chosen' : ''}`}
    >
      <div className="cgv-option-text">
        <span className="cgv-option-title">{text}</span>
        {description ? <span className="cgv-option-desc">{description}</span> : null}
        <span className="cgv-option-dots">
          <span aria-hidden="true">
            {Array.from({ length: max }, (_, i) => (
              <span key={i} className={`cgv-dot cgv-dot-small${i < dots ? '' : ' cgv-dot-empty'}`} />
            ))}
          </span>
          <span className="cgv-option-count">{t`${plural(count, { one: '# dot', other: '# dots' })}`}</span>
        </span>
        {showReason ? (
          <span id={reasonId} className="cgv-option-reason">
            {reason}
          </span>
        ) : null}
      </div>
      {locked ? null : (
        <div className="cgv-stepper">
          {/* aria-disabled, not disabled: the − and + that just took or spent the last dot keep the keyboard (a press says why nothing happens). */}
          <button type="button" className="cgv-btn cgv-step" onClick={onRemove} aria-disabled={dots === 0 || undefined} aria-label={t`Take a dot from ${text}`}>
            −
          </button>
          <button
            type="button"
            className="cgv-btn cgv-step cgv-btn-primary"
            onClick={onAdd}
            aria-disabled={reason !== null || undefined}
            aria-label={t`Add a dot to ${text}`}
            aria-describedby={showReason ? reasonId : undefined}
            title={reason ?? undefined}
          >
            +
          </button>
        </div>
      )}
    </li>
  );
}
