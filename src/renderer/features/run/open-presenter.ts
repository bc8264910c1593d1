import { href } from '../../app/router';
import type { AppStore } from '../../store';

/**
 * The desktop app puts the presenter view on the projector (external display)
 * itself; in a browser we open a new window the facilitator drags there.
 */
export async function openPresenter(store: AppStore, workshopId: string): Promise<void> {
  if (window.commonGround && (await store.getState().openPresenter())) return;
  window.open(href.present(workshopId), 'common-ground-presenter', 'popup,width=1280,height=720');
}
