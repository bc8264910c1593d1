import { useLingui } from '@lingui/react/macro';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId } from 'react';
import { findDefinition } from '../../../activities/registry';
import type { Activity } from '../../../shared/domain';
import { formatClock, type ScheduledItem } from '../../../shared/schedule';
import { useApp } from '../../app/store-context';
import { AutoTextField } from '../../components/AutoField';
import { IconButton } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { ActivityConfigPanel } from './ActivityConfigPanel';
import { moveAnnouncement } from './announcements';
import { kindWord } from '../../../activities/kind-words';

interface Props {
  activity: Activity;
  index: number;
  total: number;
  item: ScheduledItem | undefined;
  expanded: boolean;
  onToggle(): void;
  /** Says where Move up / Move down put the activity. */
  announce?(text: string): void;
}

export function AgendaRow({ activity: a, index, total, item, expanded, onToggle, announce }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: a.id,
    data: { title: a.title },
  });
  const update = useApp((s) => s.updateActivity);
  const moveActivity = useApp((s) => s.moveActivity);
  const { t, i18n } = useLingui();
  const title = a.title;
  const number = index + 1;
  // At the ends the buttons stay focusable (aria-disabled, not disabled: the one that just
  // reached the end still has the keyboard, #15); a press there moves nothing and says so.
  const atEnd = (delta: number) => (delta < 0 ? index === 0 : index === total - 1);
  const move = (id: string, delta: number) => {
    announce?.(moveAnnouncement(i18n, a.title, index, delta, total));
    if (atEnd(delta)) return;
    return moveActivity(id, delta);
  };
  const duplicate = useApp((s) => s.duplicateActivity);
  const remove = useApp((s) => s.removeActivity);
  const titleError = useApp((s) => s.planner.fieldErrors[`activity.${a.id}.title`]);
  const minutesError = useApp((s) => s.planner.fieldErrors[`activity.${a.id}.minutes`]);
  const setFieldErrors = useApp((s) => s.setFieldErrors);
  const def = findDefinition(a.kind);
  const panelId = useId();
  const time = item && item.start !== null && item.end !== null ? `${formatClock(item.start)}–${formatClock(item.end)}` : null;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={['agenda-row', expanded ? 'is-expanded' : '', isDragging ? 'is-dragging' : ''].filter(Boolean).join(' ')}
      data-testid="agenda-row"
      data-activity-id={a.id}
    >
      <div className="agenda-line">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle"
          {...attributes}
          {...listeners}
          aria-label={t`Reorder ${title}`}
          title={t`Drag to reorder (or focus and press Space)`}
        >
          <Icon name="grip" />
        </button>
        <span className="agenda-pos tabular" aria-hidden="true">
          {index + 1}
        </span>
        <span className="agenda-time tabular" data-testid="agenda-time">
          {time ?? <span className="muted">—</span>}
        </span>
        <AutoTextField
          label={t`Title of activity ${number}`}
          hideLabel
          value={a.title}
          onCommit={(title) => update(a.id, { title })}
          error={titleError}
          className="input-quiet agenda-title-input"
          fieldClassName="agenda-title"
          maxLength={200}
          autoComplete="off"
        />
        <span className={`kind-chip kind-${a.kind}`}>{kindWord(i18n, a.kind, def)}</span>
        <AutoTextField
          label={t`Minutes for ${title}`}
          hideLabel
          type="number"
          inputMode="numeric"
          min={0}
          max={480}
          step={5}
          value={String(a.minutes)}
          onCommit={(v) => {
            const n = Number(v);
            if (v.trim() === '' || !Number.isInteger(n) || n < 0 || n > 480) {
              setFieldErrors({ [`activity.${a.id}.minutes`]: t`Use whole minutes from 0 to 480.` });
              return false;
            }
            return update(a.id, { minutes: n });
          }}
          error={minutesError}
          className="input-quiet minutes-input tabular"
          fieldClassName="agenda-minutes"
        />
        <span className="minutes-unit" aria-hidden="true">
          {t({ message: 'min', comment: 'Unit after the minutes field of an agenda row' })}
        </span>
        <div className="agenda-actions">
          <IconButton label={t`Move ${title} up`} icon="up" size="sm" aria-disabled={atEnd(-1) || undefined} onClick={() => void move(a.id, -1)} />
          <IconButton label={t`Move ${title} down`} icon="down" size="sm" aria-disabled={atEnd(+1) || undefined} onClick={() => void move(a.id, +1)} />
          <IconButton label={t`Duplicate ${title}`} icon="copy" size="sm" onClick={() => void duplicate(a.id)} />
          <IconButton label={t`Remove ${title}`} icon="trash" size="sm" onClick={() => remove(a.id)} />
          <button
            type="button"
            className={`expand-btn${expanded ? ' is-open' : ''}`}
            aria-expanded={expanded}
            aria-controls={panelId}
            aria-label={t`Settings and notes for ${title}`}
            title={expanded ? t`Hide settings` : t`Settings and notes`}
            onClick={onToggle}
          >
            <Icon name="chevronDown" />
          </button>
        </div>
      </div>
      <div id={panelId} hidden={!expanded}>
        {expanded ? <ActivityConfigPanel activity={a} /> : null}
      </div>
    </li>
  );
}
