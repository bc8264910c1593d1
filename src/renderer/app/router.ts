import { useSyncExternalStore } from 'react';

// Hash routes, so the same build works from app:// in Electron and from the
// loopback server in browser mode.
//   #/            workshop list
//   #/trash       trash
//   #/w/<id>      planner
//   #/run/<id>    facilitator console
//   #/export/<id> report and raw data export
//   #/series/<id> one series: its timeline, title, export
// Also: the presenter view and the in-room participant page.
export type Route =
  | { name: 'list' }
  | { name: 'trash' }
  | { name: 'planner'; workshopId: string }
  | { name: 'present' | 'participate'; workshopId: string }
  | { name: 'run'; workshopId: string }
  | { name: 'export'; workshopId: string }
  | { name: 'series'; seriesId: string }
  | { name: 'notFound'; path: string };

/** Every kind of route, once: a Record over Route['name'], so a kind added above and not here does not compile. */
const ROUTE_KINDS: Record<Route['name'], true> = {
  list: true,
  trash: true,
  planner: true,
  present: true,
  participate: true,
  run: true,
  export: true,
  series: true,
  notFound: true,
};
/** Each screen behind these takes focus by the focus rule (test/renderer/focus-rule-routes.test.tsx walks them all). */
export const ROUTE_NAMES = Object.keys(ROUTE_KINDS) as readonly Route['name'][];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'list' };
  if (path === '/trash') return { name: 'trash' };
  const planner = /^\/w\/([^/]+)\/?$/.exec(path);
  if (planner) return { name: 'planner', workshopId: decodeURIComponent(planner[1]!) };
  const runPage = /^\/(present|participate)\/([^/]+)\/?$/.exec(path);
  if (runPage) return { name: runPage[1] as 'present' | 'participate', workshopId: decodeURIComponent(runPage[2]!) };
  const run = /^\/run\/([^/]+)\/?$/.exec(path);
  if (run) return { name: 'run', workshopId: decodeURIComponent(run[1]!) };
  const exp = /^\/export\/([^/]+)\/?$/.exec(path);
  if (exp) return { name: 'export', workshopId: decodeURIComponent(exp[1]!) };
  const series = /^\/series\/([^/]+)\/?$/.exec(path);
  if (series) return { name: 'series', seriesId: decodeURIComponent(series[1]!) };
  return { name: 'notFound', path };
}

export const href = {
  list: () => '#/',
  trash: () => '#/trash',
  planner: (id: string) => `#/w/${encodeURIComponent(id)}`,
  run: (id: string) => `#/run/${encodeURIComponent(id)}`,
  export: (id: string) => `#/export/${encodeURIComponent(id)}`,
  present: (id: string) => `#/present/${encodeURIComponent(id)}`,
  participate: (id: string) => `#/participate/${encodeURIComponent(id)}`,
  series: (id: string) => `#/series/${encodeURIComponent(id)}`,
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
