import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';

/**
 * What a screen reader hears while an activity is dragged: its title and its
 * position, never its id (dnd-kit's defaults read ids aloud).
 */
export function agendaAnnouncements(getOrder: () => { ids: string[]; titles: Map<string, string>; startIndex: number }): Announcements {
  const describe = (id: string | number) => {
    const { ids, titles } = getOrder();
    return { title: titles.get(String(id)) ?? 'The activity', total: ids.length, index: ids.indexOf(String(id)) };
  };
  return {
    onDragStart({ active }) {
      const { title, index, total } = describe(active.id);
      return `Picked up ${title}, position ${index + 1} of ${total}.`;
    },
    onDragOver({ active, over }) {
      const { title, total } = describe(active.id);
      if (!over) return `${title} is no longer over the agenda.`;
      const to = describe(over.id).index;
      return `${title} moved to position ${to + 1} of ${total}.`;
    },
    onDragEnd({ active, over }) {
      const { title, total } = describe(active.id);
      if (!over) return `${title} dropped. It stays at position ${getOrder().startIndex + 1} of ${total}.`;
      const to = describe(over.id).index;
      return `${title} dropped at position ${to + 1} of ${total}.`;
    },
    onDragCancel({ active }) {
      const { title, total } = describe(active.id);
      return `Moving ${title} was cancelled. It is back at position ${getOrder().startIndex + 1} of ${total}.`;
    },
  };
}

export const agendaInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this activity, press Space or Enter. Use the up and down arrow keys to choose its new place, then press Space or Enter to drop it, or Escape to cancel.',
};
