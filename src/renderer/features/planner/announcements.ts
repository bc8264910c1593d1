import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { buildListAnnouncements } from '../../../activities/kit/views/dnd';

/**
 * What a screen reader hears while an activity is dragged: its title and its
 * position, never its id (dnd-kit's defaults read ids aloud). "Picked up …" is
 * heard first; a position is announced only when it changes.
 */
export function agendaAnnouncements(getOrder: () => { ids: string[]; titles: Map<string, string> }): Announcements {
  return buildListAnnouncements({
    nameOf: (id) => getOrder().titles.get(String(id)) ?? 'The activity',
    order: () => getOrder().ids,
  });
}

export const agendaInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this activity, press Space or Enter. Use the up and down arrow keys to choose its new place, then press Space or Enter to drop it, or Escape to cancel.',
};
