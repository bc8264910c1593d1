import { useEffect, useMemo, useRef } from 'react';
import type { ProjectorPage } from '../../../activities/kit/views/projector-page';
import type { RunState } from '../../../shared/run';
import type { AppStore } from '../../store';

/** What the projector shows, as a key: a count measured for other content is not sent again as this one's. */
function showing(run: RunState | null): string | null {
  if (!run || run.status !== 'running' || !run.currentActivityId) return null;
  const s = run.activities.find((a) => a.activityId === run.currentActivityId);
  return `${run.currentActivityId}|${s?.locked ? 'locked' : 'open'}|${s?.revealed ? 'revealed' : 'hidden'}`;
}

/**
 * The presenter window's side of the room's projector page: the page to show, the paged
 * lists' measured counts sent to the core (the most pages of any list on screen), and the
 * keys paging the whole room.
 *
 * A count is sent when this window measured a new one for what is on screen, or when the
 * core has none (new content, or a restarted core). Never just because the core holds
 * another window's count: two presenters of different sizes would otherwise take turns
 * correcting each other for ever. The latest report wins.
 */
export function usePresenterPaging(store: AppStore, run: RunState | null): ProjectorPage {
  const counts = useRef(new Map<string, number>());
  const sent = useRef<{ content: string; pages: number } | null>(null);
  const latest = useRef(run);
  latest.current = run;

  const { presenter, flush } = useMemo(() => {
    const flush = () => {
      const run = latest.current;
      const content = showing(run);
      const pages = Math.max(0, ...counts.current.values());
      if (!run || !content || pages < 1) return;
      const same = sent.current?.content === content && sent.current.pages === pages;
      if (same && run.projector.pages !== null) return;
      sent.current = { content, pages };
      void store.getState().reportPresenterPages(run.currentActivityId!, pages);
    };
    const presenter: NonNullable<ProjectorPage['presenter']> = {
      report(id, pages) {
        counts.current.set(id, pages);
        flush();
      },
      forget(id) {
        counts.current.delete(id);
      },
      move(delta) {
        void store.getState().pageProjector(delta);
      },
    };
    return { presenter, flush };
  }, [store]);

  // New content, or a core that lost the count (restarted): say it again.
  const content = showing(run);
  const known = run?.projector.pages ?? null;
  useEffect(() => {
    if (known === null) flush();
  }, [flush, content, known]);

  const page = run?.projector.page ?? 1;
  return useMemo(() => ({ page, presenter }), [page, presenter]);
}
