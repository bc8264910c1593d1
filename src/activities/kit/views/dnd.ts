import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

// Shared drag-and-drop plumbing. Views are plain React; only this file knows dnd-kit's knobs.

/** Data every drop zone carries, so the keyboard can walk zones in reading order. */
export interface ZoneData {
  zoneIndex: number;
}

const FORWARD = ['ArrowDown', 'ArrowRight'];
const BACKWARD = ['ArrowUp', 'ArrowLeft'];

/**
 * Keyboard dragging across zones: arrows move the lifted card to the next or
 * previous zone in reading order (not by geometry, so it behaves the same in a
 * phone's single column and on a wide shared screen).
 */
export const zoneKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const forward = FORWARD.includes(event.code);
  if (!forward && !BACKWARD.includes(event.code)) return undefined;
  event.preventDefault();
  const { active, over, droppableRects, droppableContainers } = context;
  if (!active) return undefined;
  const zones = droppableContainers
    .getEnabled()
    .filter((c) => typeof (c.data.current as ZoneData | undefined)?.zoneIndex === 'number' && droppableRects.has(c.id))
    .sort((a, b) => (a.data.current as ZoneData).zoneIndex - (b.data.current as ZoneData).zoneIndex);
  const currentId = over?.id ?? (active.data.current as { zoneId?: UniqueIdentifier } | undefined)?.zoneId;
  const at = zones.findIndex((z) => z.id === currentId);
  const next = zones[at === -1 ? 0 : at + (forward ? 1 : -1)];
  if (!next) return undefined;
  const rect = droppableRects.get(next.id)!;
  return { x: rect.left + 12, y: rect.top + 12 };
};

/** Pointer inside a zone wins; keyboard (no pointer) falls back to overlap. */
export const zoneCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const within = pointerWithin(args);
    if (within.length > 0) return within;
  }
  return rectIntersection(args);
};

/**
 * Mouse with a small activation distance (so clicks still click), touch with a
 * short press (so a swipe still scrolls), keyboard with the given coordinate getter.
 * Mouse rather than Pointer: a PointerSensor would claim touches too, and the
 * browser cancels its pointer as soon as the finger starts to scroll.
 */
export function useDragSensors(coordinateGetter: KeyboardCoordinateGetter = zoneKeyboardCoordinates) {
  return useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );
}

/**
 * Page scrolling while a card is dragged near the screen's edge: only within the outer 10 % of
 * the height (dnd-kit's default is 20 %). On a phone 20 % is 170 px, more than the sticky
 * progress bar: a column just above the bar scrolled the page away under the finger and the
 * card landed in the next column.
 */
export const EDGE_AUTOSCROLL = { threshold: { x: 0.2, y: 0.1 } } as const;

const INSTRUCTIONS = msg`To pick up this card, press Space or Enter. Use the arrow keys to move it, press Space or Enter again to drop it, or Escape to cancel. Each card also has its own button to place it without dragging.`;

/** What a screen reader says on a card that can be dragged, in the screen's language (`useLingui().i18n`). */
export const screenReaderInstructions = (i18n: I18n) => ({ draggable: i18n._(INSTRUCTIONS) });

export interface AnnouncementWords {
  /** What the dragged thing is called, e.g. the card's text. */
  nameOf(id: UniqueIdentifier): string;
  /** Where it would land: a zone or list name. Undefined when over nothing known. */
  placeOf(overId: UniqueIdentifier): string | undefined;
  /** Where it would be within that place, 1-based, when that means something. */
  positionOf?(activeId: UniqueIdentifier, overId: UniqueIdentifier): { position: number; of: number } | null;
  /** Where it goes back to when the drag is cancelled. */
  originOf(activeId: UniqueIdentifier): string;
}

/** Plain-language announcements with the card's text and position, never ids. */
// dnd-kit reports "over its own place" right after the pick-up; saying so would replace
// "Picked up …" before a screen reader reads it, so that first report stays silent. Kept
// outside the builder: views rebuild their announcements on every render (one drag at a time).
let justPicked: UniqueIdentifier | null = null;

/** `i18n`: the view's Lingui instance (`useLingui().i18n`), so the words are the screen's language. */
export function buildAnnouncements(words: AnnouncementWords, i18n: I18n): Announcements {
  const where = (activeId: UniqueIdentifier, overId: UniqueIdentifier) => {
    const place = words.placeOf(overId);
    if (!place) return undefined;
    const pos = words.positionOf?.(activeId, overId);
    if (!pos) return place;
    const { position, of } = pos;
    return i18n._(msg`${place}, position ${position} of ${of}`);
  };
  return {
    onDragStart: ({ active }) => {
      justPicked = active.id;
      const name = words.nameOf(active.id);
      const origin = words.originOf(active.id);
      return i18n._(msg`Picked up ${name} from ${origin}.`);
    },
    onDragOver: ({ active, over }) => {
      const first = justPicked === active.id;
      justPicked = null;
      if (first && over && words.placeOf(over.id) === words.originOf(active.id)) return undefined;
      const name = words.nameOf(active.id);
      const place = over ? where(active.id, over.id) : undefined;
      return place ? i18n._(msg`${name} is over ${place}.`) : i18n._(msg`${name} is not over a drop area.`);
    },
    onDragEnd: ({ active, over }) => {
      const name = words.nameOf(active.id);
      const place = over ? words.placeOf(over.id) : undefined;
      const origin = words.originOf(active.id);
      return place ? i18n._(msg`Dropped ${name} in ${place}.`) : i18n._(msg`${name} went back to ${origin}.`);
    },
    onDragCancel: ({ active }) => {
      const name = words.nameOf(active.id);
      const origin = words.originOf(active.id);
      return i18n._(msg`Cancelled: ${name} went back to ${origin}.`);
    },
  };
}

export interface ListWords {
  /** What the dragged item is called, e.g. the activity's title. */
  nameOf(id: UniqueIdentifier): string;
  /** The list's order as it is now (it does not change while an item is lifted). */
  order(): readonly UniqueIdentifier[];
}

/**
 * Announcements for one sorted list: picked up (with position), over only when the position
 * changes, dropped at the final position or "did not move", cancelled. dnd-kit reports the
 * item as over its own place in the same task as the pick-up, which would replace "Picked up …"
 * before a screen reader reads it; that report (and any repeat of the same position) is silent.
 * Keep the returned object for the life of the list (build it once), it remembers the drag.
 */
export function buildListAnnouncements(words: ListWords, i18n: I18n): Announcements {
  let start = -1;
  let last = -1;
  const positionOf = (id: UniqueIdentifier) => words.order().indexOf(id);
  const of = () => words.order().length;
  return {
    onDragStart: ({ active }) => {
      start = last = positionOf(active.id);
      const name = words.nameOf(active.id);
      const position = start + 1;
      const count = of();
      return i18n._(msg`Picked up ${name}, position ${position} of ${count}.`);
    },
    onDragOver: ({ active, over }) => {
      const to = over ? positionOf(over.id) : -1;
      if (to === last) return undefined;
      last = to;
      const name = words.nameOf(active.id);
      const position = to + 1;
      const count = of();
      return to === -1 ? i18n._(msg`${name} is not over the list.`) : i18n._(msg`${name} is over position ${position} of ${count}.`);
    },
    onDragEnd: ({ active, over }) => {
      const to = over ? positionOf(over.id) : -1;
      const name = words.nameOf(active.id);
      const count = of();
      const position = to === -1 || to === start ? start + 1 : to + 1;
      return to === -1 || to === start
        ? i18n._(msg`${name} dropped. It did not move: still position ${position} of ${count}.`)
        : i18n._(msg`${name} dropped at position ${position} of ${count}.`);
    },
    onDragCancel: ({ active }) => {
      const name = words.nameOf(active.id);
      const position = start + 1;
      const count = of();
      return i18n._(msg`Moving ${name} was cancelled. It is back at position ${position} of ${count}.`);
    },
  };
}
