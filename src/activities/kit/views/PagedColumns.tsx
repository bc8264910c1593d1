import { useCallback, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { ProjectorPageContext } from './projector-page';
import './paged.css';

/**
 * Long text on the projector: the whole width in one or two columns; what does not fit
 * one screen goes on to the next page ("Page 2 of 3"), paged with ↓/↑ or PageDown/PageUp.
 * The pages are CSS columns of the screen's height, so nothing is ever cut mid-line.
 *
 * On the projector the page is the room's (ProjectorPageContext): the presenter window
 * reports how many pages it measured and pages the room with the keys, so the console
 * can page it too; the console's picture of the projector only shows that page. Anywhere
 * else the list keeps its own page.
 */
export function PagedColumns({ children, columns, label }: { children: ReactNode; columns: 1 | 2; label: string }) {
  const viewport = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const shared = useContext(ProjectorPageContext);
  const presenter = shared?.presenter;
  const id = useId();
  const [pages, setPages] = useState(1);
  const [ownPage, setPage] = useState(0);
  const [step, setStep] = useState(0);
  // A screen that opens on a later page (the room's) is there at once; only page turns slide.
  const [slides, setSlides] = useState(false);
  useEffect(() => {
    if (!step || slides) return;
    const frame = requestAnimationFrame(() => setSlides(true));
    return () => cancelAnimationFrame(frame);
  }, [step, slides]);
  const { t } = useLingui();
  const page = shared ? Math.min(Math.max(0, shared.page - 1), pages - 1) : ownPage;

  const measure = useCallback(() => {
    const v = viewport.current;
    const f = flow.current;
    if (!v || !f) return;
    const gap = parseFloat(getComputedStyle(f).columnGap) || 0;
    const width = v.clientWidth + gap;
    // Up: a last page with text in its first column only is half a page wide, and still a page.
    // (No width yet, as before layout or in a DOM without one: a single page.)
    const count = width > 0 ? Math.max(1, Math.ceil((f.scrollWidth + gap) / width - 0.05)) : 1;
    setStep(width);
    setPages(count);
    setPage((p) => Math.min(p, count - 1));
  }, []);

  // Measured on mount, when a box changes size, and when the text inside changes; not on
  // every render (a console redrawing with a room's answers would lay the page out each time).
  useLayoutEffect(() => {
    measure();
    let frame = 0;
    const soon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    const ro = new ResizeObserver(soon);
    const mo = new MutationObserver(soon);
    if (viewport.current) ro.observe(viewport.current);
    if (flow.current) {
      ro.observe(flow.current);
      mo.observe(flow.current, { childList: true, subtree: true, characterData: true });
    }
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
      mo.disconnect();
    };
  }, [measure]);

  useEffect(() => {
    if (!presenter) return;
    presenter.report(id, pages);
  }, [presenter, id, pages]);
  useEffect(() => (presenter ? () => presenter.forget(id) : undefined), [presenter, id]);

  useEffect(() => {
    // The console's picture of the projector is not the projector: its keys are the console's.
    if (pages < 2 || (shared && !presenter)) return;
    const onKey = (e: KeyboardEvent) => {
      const delta = e.key === 'ArrowDown' || e.key === 'PageDown' ? 1 : e.key === 'ArrowUp' || e.key === 'PageUp' ? -1 : 0;
      if (!delta) return;
      e.preventDefault();
      if (presenter) presenter.move(delta);
      else setPage((p) => Math.min(Math.max(p + delta, 0), pages - 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pages, shared, presenter]);

  const shown = page + 1;
  return (
    <div className="cgv-paged" data-pages={pages} data-page={page + 1}>
      <div className="cgv-paged-viewport" ref={viewport} data-paged-viewport={pages > 1 ? '' : undefined}>
        <div
          className={`cgv-paged-flow cgv-paged-cols-${columns}`}
          ref={flow}
          aria-label={label}
          role="region"
          style={{ ...(page ? { transform: `translateX(${-page * step}px)` } : {}), ...(slides ? {} : { transition: 'none' }) }}
        >
          {children}
        </div>
      </div>
      {pages > 1 ? (
        <p className="cgv-paged-status" aria-live="polite">
          <Trans>
            Page {shown} of {pages}
          </Trans>
          <span className="cgv-paged-hint">{shown < pages ? ` · ${t`more on the next page`}` : ''}</span>
        </p>
      ) : null}
    </div>
  );
}
