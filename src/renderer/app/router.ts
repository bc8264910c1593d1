import { useSyncExternalStore } from 'react';

// Hash routes, so the same build works from app:// in Electron and from the
// loopback server in browser mode.
//   #/            workshop list
//   #/trash       trash
//   #/w/<id>      planner
// Later: #/run/<id>, the presenter view and the participant page.
export type Route =
  | { name: 'list' }
  | { name: 'trash' }
  | { name: 'planner'; workshopId: string }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'list' };
  if (path === '/trash') return { name: 'trash' };
  const planner = /^\/w\/([^/]+)\/?$/.exec(path);
  if (planner) return { name: 'planner', workshopId: decodeURIComponent(planner[1]!) };
  return { name: 'notFound', path };
}

export const href = {
  list: () => '#/',
  trash: () => '#/trash',
  planner: (id: string) => `#/w/${encodeURIComponent(id)}`,
};

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
