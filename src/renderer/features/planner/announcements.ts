import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

/**
 * What a screen reader hears while an activity is dragged, in the interface language: its title and
 * its position, never its id (dnd-kit's defaults read ids aloud). "Picked up …" is heard first; a
 * position is announced only when it changes.
 */
export function agendaAnnouncements(i18n: I18n, getOrder: () => { ids: string[]; titles: Map<string, string> }): Announcements {
  let start = -1;
  let last = -1;
  const positionOf = (id: UniqueIdentifier) => getOrder().ids.indexOf(String(id));
  const nameOf = (id: UniqueIdentifier) => getOrder().titles.get(String(id)) ?? i18n._(msg`The activity`);
  const placeOf = () => getOrder().ids.length;
  return {
    onDragStart: ({ active }) => {
      start = last = positionOf(active.id);
      const name = nameOf(active.id);
      const position = start + 1;
      const total = placeOf();
      return i18n._(msg`Picked up ${name}, position ${position} of ${total}.`);
    },
    onDragOver: ({ active, over }) => {
      const to = over ? positionOf(over.id) : -1;
      if (to === last) return undefined;
      last = to;
      const name = nameOf(active.id);
      const position = to + 1;
      const total = placeOf();
      return to === -1 ? i18n._(msg`${name} is not over the list.`) : i18n._(msg`${name} is over position ${position} of ${total}.`);
    },
    onDragEnd: ({ active, over }) => {
      const to = over ? positionOf(over.id) : -1;
      const name = nameOf(active.id);
      const total = placeOf();
      if (to === -1 || to === start) {
        const position = start + 1;
        return i18n._(msg`${name} dropped. It did not move: still position ${position} of ${total}.`);
      }
      const position = to + 1;
      return i18n._(msg`${name} dropped at position ${position} of ${total}.`);
    },
    onDragCancel: ({ active }) => {
      const name = nameOf(active.id);
      const position = start + 1;
      const total = placeOf();
      return i18n._(msg`Moving ${name} was cancelled. It is back at position ${position} of ${total}.`);
    },
  };
}

export const agendaInstructions = (i18n: I18n): ScreenReaderInstructions => ({
  draggable: i18n._(
    msg`To move this activity, press Space or Enter. Use the up and down arrow keys to choose its new place, then press Space or Enter to drop it, or Escape to cancel.`,
  ),
});

/** What Move up / Move down says: where the activity went, or that it is already at that end. */
export function moveAnnouncement(i18n: I18n, name: string, index: number, delta: number, total: number): string {
  const atEnd = delta < 0 ? index === 0 : index === total - 1;
  if (atEnd) {
    const position = index + 1;
    return delta < 0
      ? i18n._(msg`${name} is already at the top, position ${position} of ${total}.`)
      : i18n._(msg`${name} is already at the bottom, position ${position} of ${total}.`);
  }
  const position = index + 1 + delta;
  return i18n._(msg`${name} moved to position ${position} of ${total}.`);
}
