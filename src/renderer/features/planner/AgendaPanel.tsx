import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type Modifier,
} from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/store-context';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { useLiveRegion } from '../../components/run/live-announcer';
import { buildSchedule, formatClock } from '../../../shared/schedule';
import { AgendaRow } from './AgendaRow';
import { agendaAnnouncements, agendaInstructions } from './announcements';
import { formatMinutes } from './words';

/** Keep the lifted row in its column. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

export function AgendaPanel() {
  const activities = useApp((s) => s.planner.detail!.activities);
  const startTime = useApp((s) => s.planner.detail!.workshop.startTime);
  const plannedEnd = useApp((s) => s.planner.detail!.workshop.plannedEnd);
  const reorder = useApp((s) => s.reorderActivities);
  const { t, i18n } = useLingui();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  // Move up / Move down say where the activity went (a drag speaks through dnd-kit's own region).
  const moves = useLiveRegion('agenda-announcer');

  const schedule = useMemo(() => buildSchedule(activities, startTime, plannedEnd), [activities, startTime, plannedEnd]);
  const ids = useMemo(() => activities.map((a) => a.id), [activities]);

  // The order when the drag began: the drop sends one reorder, a cancel changes nothing.
  const snapshot = useRef<string[]>([]);
  const orderRef = useRef({ ids, titles: new Map<string, string>() });
  orderRef.current = { ids, titles: new Map(activities.map((a) => [a.id, a.title])) };
  const announcements = useMemo(() => agendaAnnouncements(i18n, () => orderRef.current), [i18n]);
  const instructions = useMemo(() => agendaInstructions(i18n), [i18n]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragStart(e: DragStartEvent) {
    snapshot.current = ids;
    setDragging(String(e.active.id));
  }

  function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    const { active, over } = e;
    if (!over || active.id === over.id) return;
    const from = snapshot.current.indexOf(String(active.id));
    const to = snapshot.current.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    void reorder(arrayMove(snapshot.current, from, to));
  }

  const total = formatMinutes(i18n, schedule.totalMinutes);
  const plannedEndMin = plannedEnd;
  const over = schedule.overBy !== null ? formatMinutes(i18n, Math.abs(schedule.overBy)) : '';

  return (
    <section className="panel agenda-panel" aria-labelledby="agenda-heading">
      <div className="panel-header">
        <h2 id="agenda-heading" className="panel-title">
          <Trans>Agenda</Trans> <span className="panel-count tabular">{activities.length}</span>
        </h2>
        <p className="agenda-total tabular" data-testid="agenda-total">
          <Icon name="clock" />
          <span>
            {total}
            {schedule.end !== null && startTime ? (
              <span className="muted">
                {' '}
                · {startTime}–{formatClock(schedule.end)}
              </span>
            ) : null}
          </span>
        </p>
      </div>

      {schedule.overBy !== null && schedule.overBy > 0 && plannedEndMin ? (
        <div className="callout callout-warning agenda-warning" role="status">
          <Icon name="alert" />
          <span>
            <Trans>
              Runs {over} over your planned end at {plannedEndMin}. Shorten or remove something to finish on time.
            </Trans>
          </span>
        </div>
      ) : schedule.overBy !== null && schedule.overBy < 0 && plannedEndMin && activities.length > 0 ? (
        <p className="agenda-fit muted">
          <Trans>
            Ends {over} before your planned end at {plannedEndMin}.
          </Trans>
        </p>
      ) : null}
      {!startTime && activities.length > 0 ? (
        <p className="agenda-fit muted">
          <Trans>Set a start time in Details to see the clock time of each activity.</Trans>
        </p>
      ) : null}

      {activities.length === 0 ? (
        <div className="panel-body">
          <EmptyState title={t`No activities yet`} headingLevel={3}>
            <p>
              <Trans>Pick activities from the library to build the agenda. You can reorder them at any time.</Trans>
            </p>
          </EmptyState>
        </div>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          modifiers={[verticalOnly]}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(null)}
          accessibility={{ announcements, screenReaderInstructions: instructions }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className={`agenda-list${dragging ? ' is-sorting' : ''}`} aria-label={t`Activities in order`}>
              {activities.map((a, i) => (
                <AgendaRow
                  key={a.id}
                  activity={a}
                  index={i}
                  total={activities.length}
                  item={schedule.items[i]}
                  expanded={expanded === a.id}
                  onToggle={() => setExpanded((x) => (x === a.id ? null : a.id))}
                  announce={moves.announce}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {moves.region}
    </section>
  );
}
