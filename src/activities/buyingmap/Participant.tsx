import { DndContext, DragOverlay, useDraggable, type DragEndEvent, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { ParticipantViewProps } from '../view-types';
import { useAnswers } from '../kit/views/answers';
import { buildAnnouncements, useDragSensors, zoneCollision, type ZoneData } from '../kit/views/dnd';
import { DropZone } from '../kit/views/DropZone';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface, useReducedMotion } from '../kit/views/surface';
import type { BuyingMapParticipantConfig } from './definition';
import { markerKey } from './keys';
import './buyingmap.css';

const MARKER = 'marker:';

/** Drop friction markers on the stages of the buyer's journey (or tap a stage's marker buttons). */
export function BuyingMapParticipant({ config, mine, locked, submit, announce }: ParticipantViewProps<BuyingMapParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const { t, i18n } = useLingui();
  const instructions = {
    draggable: t`To place this marker, press Space or Enter, use the arrow keys to choose a stage, and press Space or Enter again. Each stage also has a button for every marker.`,
  };
  const [segmentId, setSegmentId] = useState(config.segments[0]?.id ?? '');
  const [dragging, setDragging] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  // Markers start in the tray (not a stage), so the first arrow press goes to the first stage.
  const keyboardAt = useRef(-1);
  const keyboardStages: KeyboardCoordinateGetter = (event, { context }) => {
    const step = ['ArrowDown', 'ArrowRight'].includes(event.code) ? 1 : ['ArrowUp', 'ArrowLeft'].includes(event.code) ? -1 : 0;
    if (step === 0) return undefined;
    event.preventDefault();
    const zones = context.droppableContainers
      .getEnabled()
      .filter((c) => typeof (c.data.current as ZoneData | undefined)?.zoneIndex === 'number' && context.droppableRects.has(c.id))
      .sort((a, b) => (a.data.current as ZoneData).zoneIndex - (b.data.current as ZoneData).zoneIndex);
    if (zones.length === 0) return undefined;
    keyboardAt.current = Math.min(zones.length - 1, Math.max(0, keyboardAt.current + step));
    const rect = context.droppableRects.get(zones[keyboardAt.current]!.id)!;
    return { x: rect.left + 12, y: rect.top + 12 };
  };
  const sensors = useDragSensors(keyboardStages);
  const max = config.maxMarkers;
  const total = t`${plural(max, { one: '# marker', other: '# markers' })}`;
  const reducedMotion = useReducedMotion();
  const segment = config.segments.find((s) => s.id === segmentId) ?? config.segments[0]!;
  const used = Object.keys(answers).length;
  const left = Math.max(0, config.maxMarkers - used);
  const markerText = (id: string) => config.markers.find((m) => m.id === id)?.text ?? t`the marker`;
  const stageName = (id: UniqueIdentifier) => segment.stages.find((s) => s.id === id)?.name;
  const has = (stage: string, marker: string) => Boolean(answers[markerKey(segment.id, stage, marker)]);

  const markersLeft = (count: number) => t`${plural(count, { one: '# marker left', other: '# markers left' })}`;
  const toggle = (stage: string, marker: string, on: boolean) => {
    const key = markerKey(segment.id, stage, marker);
    const where = stageName(stage) ?? t`that stage`;
    const name = markerText(marker);
    if (on && has(stage, marker)) {
      const msg = t`${name} is already on ${where}.`;
      setNotice(msg);
      announce(msg);
      return;
    }
    if (on && left === 0) {
      const msg = t`All ${plural(max, { one: '# marker is', other: '# markers are' })} placed. Take one back first.`;
      setNotice(msg);
      announce(msg);
      return;
    }
    setNotice('');
    const after = markersLeft(left - 1);
    announce(on ? t`Placed ${name} on ${where}. ${after}.` : t`Took ${name} off ${where}.`);
    void save(key, on ? { placed: true } : null, { undoneMessage: on ? t`The marker was not placed.` : t`The marker is back.` });
  };

  const announcements = buildAnnouncements(
    {
      nameOf: (id) => markerText(String(id).slice(MARKER.length)),
      placeOf: (over) => stageName(over),
      originOf: () => t`the markers`,
    },
    i18n,
  );
  announcements.onDragEnd = ({ active, over }) => {
    const marker = String(active.id).slice(MARKER.length);
    const name = markerText(marker);
    if (!over) return t`${name} went back to the markers.`;
    const where = stageName(over.id) ?? t`that stage`;
    if (has(String(over.id), marker)) return t`${name} is already on ${where}.`;
    return left === 0 ? t`Not placed: all markers are used.` : t`Placed ${name} on ${where}.`;
  };

  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    if (e.over) toggle(String(e.over.id), String(e.active.id).slice(MARKER.length), true);
  };

  return (
    <Surface kind="phone" className="cgb-phone">
      {config.prompt ? <p className="cgv-prompt">{config.prompt}</p> : null}
      {locked ? <LockedNote /> : null}
      {config.segments.length > 1 ? (
        <div className="cgb-tabs" role="group" aria-label={t`Segment`}>
          {config.segments.map((s) => (
            <button
              key={s.id}
              type="button"
              className={`cgv-btn${s.id === segment.id ? ' cgb-tab-on' : ''}`}
              aria-pressed={s.id === segment.id}
              onClick={() => setSegmentId(s.id)}
            >
              {s.name}
            </button>
          ))}
        </div>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={zoneCollision}
        onDragStart={(e) => {
          keyboardAt.current = -1;
          setDragging(String(e.active.id));
        }}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: instructions }}
      >
        <div className="cgb-stages">
          {segment.stages.map((stage, i) => {
            const stageTitle = stage.name;
            return (
              <DropZone key={stage.id} id={stage.id} zoneIndex={i} title={stage.name} disabled={locked} className="cgb-stage-zone" headingLevel={3}>
                {stage.goal ? <p className="cgb-stage-goal">{stage.goal}</p> : null}
                <div className="cgb-toggles" role="group" aria-label={t`Markers on ${stageTitle}`}>
                  {config.markers.map((m, mi) => {
                    const on = has(stage.id, m.id);
                    return (
                      <button
                        key={m.id}
                        type="button"
                        className={`cgv-btn cgb-toggle${on ? ' cgb-toggle-on' : ''}`}
                        aria-pressed={on}
                        disabled={locked || (!on && left === 0)}
                        onClick={() => toggle(stage.id, m.id, !on)}
                      >
                        <span className={`cgb-marker-icon cgb-marker-${mi}`} aria-hidden="true" />
                        {m.text}
                      </button>
                    );
                  })}
                </div>
              </DropZone>
            );
          })}
        </div>
        <div className="cgv-bottom-bar">
          {!locked ? (
            <div className="cgb-tray" aria-label={t`Markers to drag onto a stage`} role="group">
              {config.markers.map((m, mi) => (
                <TrayMarker key={m.id} id={`${MARKER}${m.id}`} text={m.text} index={mi} disabled={left === 0} />
              ))}
            </div>
          ) : null}
          <p className="cgv-progress">
            <Trans>
              <strong>{left}</strong> of {total} left
            </Trans>
          </p>
          {notice && status.kind !== 'error' ? (
            <p className="cgv-notice" role="status">
              {notice}
            </p>
          ) : (
            <SaveFeedback status={status} onDismiss={dismiss} />
          )}
        </div>
        <DragOverlay dropAnimation={reducedMotion ? null : undefined}>
          {dragging ? (
            <span className="cgb-chip cgb-chip-lifted">
              <span className={`cgb-marker-icon cgb-marker-${config.markers.findIndex((m) => `${MARKER}${m.id}` === dragging)}`} aria-hidden="true" />
              {markerText(dragging.slice(MARKER.length))}
            </span>
          ) : null}
        </DragOverlay>
      </DndContext>
    </Surface>
  );
}

function TrayMarker({ id, text, index, disabled }: { id: string; text: string; index: number; disabled: boolean }) {
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id, disabled });
  const { t } = useLingui();
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`cgb-chip${isDragging ? ' cgb-chip-source' : ''}`}
      {...attributes}
      {...listeners}
      disabled={disabled}
      aria-label={t`Drag “${text}” onto a stage`}
    >
      <span className={`cgb-marker-icon cgb-marker-${index}`} aria-hidden="true" />
      {text}
    </button>
  );
}
