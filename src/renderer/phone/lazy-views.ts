import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ParticipantViewProps } from '../../activities/view-types';
import type { InteractiveKind } from '../../activities/registry';

// The phone's Participant views, each in its own chunk: the name list (what every phone
// needs first, on slow room Wi-Fi) does not wait for drag and drop or any activity's code.
// The same kinds as activities/participant-views.ts (the compiler wants every kind people answer, a test the same views);
// each loads when its activity first shows, or earlier from `warmViews` once the name list is up.

type View = ComponentType<ParticipantViewProps<unknown>>;
type Loader = () => Promise<{ default: View }>;

/**
 * The activities' shared styles come with the first view, not before the list of names: the
 * phone's first screen is drawn from the HTML with only the phone's own styles, inlined there.
 */
const viewStyles = () => import('../../activities/views.css');

/** A view's chunk (and the shared styles); a failed fetch (Wi-Fi dropping out) is tried again a few times before the error shows. */
const as =
  <K extends string>(load: () => Promise<Record<K, unknown>>, name: K): Loader =>
  async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const [module] = await Promise.all([load(), viewStyles()]);
        return { default: module[name] as View };
      } catch (error) {
        if (attempt >= 4) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      }
    }
  };

const cardSort = as(() => import('../../activities/cardsort/Participant'), 'CardSortParticipant');

export const VIEW_LOADERS: Readonly<Record<InteractiveKind, Loader>> = {
  brainstorm: as(() => import('../../activities/brainstorm/Participant'), 'BrainstormParticipant'),
  messaging: as(() => import('../../activities/messaging/Participant'), 'MessagingParticipant'),
  dotvote: as(() => import('../../activities/dotvote/Participant'), 'DotVoteParticipant'),
  cardsort: cardSort,
  ranking: as(() => import('../../activities/ranking/Participant'), 'RankingParticipant'),
  persona: as(() => import('../../activities/persona/Participant'), 'PersonaParticipant'),
  buyingmap: as(() => import('../../activities/buyingmap/Participant'), 'BuyingMapParticipant'),
  comp: as(() => import('../../activities/comp/Participant'), 'CompParticipant'),
  commitments: as(() => import('../../activities/commitments/Participant'), 'CommitmentsParticipant'),
  leadsort: cardSort,
  kpisort: cardSort,
  retro: as(() => import('../../activities/retro/Participant'), 'RetroParticipant'),
  pulse: as(() => import('../../activities/pulse/Participant'), 'PulseParticipant'),
};

const takesAnswers = (kind: string): kind is InteractiveKind => Object.hasOwn(VIEW_LOADERS, kind);

const views = new Map<Loader, LazyExoticComponent<View>>();
/** Views whose code has arrived: rendered at once, with no "Loading…" in between. */
const ready = new Map<Loader, View>();

function load(loader: Loader): Promise<{ default: View }> {
  return loader().then((module) => (ready.set(loader, module.default), module));
}

/**
 * The view for a kind: the component itself once its code is here, else one that loads it on
 * first render (under a Suspense); undefined for kinds that take no answers. Pick it once per
 * activity shown (the two are different components to React).
 */
export function viewFor(kind: string): View | LazyExoticComponent<View> | undefined {
  if (!takesAnswers(kind)) return undefined;
  const loader = VIEW_LOADERS[kind];
  const loaded = ready.get(loader);
  if (loaded) return loaded;
  let view = views.get(loader);
  if (!view) views.set(loader, (view = lazy(() => load(loader))));
  return view;
}

let warmed = false;
/**
 * Fetch every view's code in the background (once), so the first activity after joining shows
 * at once; when the page is idle, so the list of names paints and answers taps first.
 */
export function warmViews(): void {
  if (warmed) return;
  warmed = true;
  const warm = () => {
    for (const loader of new Set(Object.values(VIEW_LOADERS))) load(loader).catch(() => undefined); // tried again when shown
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 1000); // Safari has no requestIdleCallback
}
