import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './paged.css';

/**
 * Long text on the projector: the whole width in one or two columns; what does not fit
 * one screen goes on to the next page ("Page 2 of 3"), paged with ↓/↑ or PageDown/PageUp.
 * The pages are CSS columns of the screen's height, so nothing is ever cut mid-line.
 */
export function PagedColumns({ children, columns, label }: { children: ReactNode; columns: 1 | 2; label: string }) {
  const viewport = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  const [page, setPage] = useState(0);
  const [step, setStep] = useState(0);

  const measure = useCallback(() => {
    const v = viewport.current;
    const f = flow.current;
    if (!v || !f) return;
    const gap = parseFloat(getComputedStyle(f).columnGap) || 0;
    const width = v.clientWidth + gap;
    // Up: a last page with text in its first column only is half a page wide, and still a page.
    const count = Math.max(1, Math.ceil((f.scrollWidth + gap) / width - 0.05));
    setStep(width);
    setPages(count);
    setPage((p) => Math.min(p, count - 1));
  }, []);

  useLayoutEffect(() => {
    measure();
    const ro = new ResizeObserver(measure);
    if (viewport.current) ro.observe(viewport.current);
    if (flow.current) ro.observe(flow.current);
    return () => ro.disconnect();
  }, [measure, children]);

  useEffect(() => {
    if (pages < 2) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowDown' || e.key === 'PageDown') setPage((p) => Math.min(p + 1, pages - 1));
      else if (e.key === 'ArrowUp' || e.key === 'PageUp') setPage((p) => Math.max(p - 1, 0));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pages]);

  return (
    <div className="cgv-paged" data-pages={pages} data-page={page + 1}>
      <div className="cgv-paged-viewport" ref={viewport} data-paged-viewport={pages > 1 ? '' : undefined}>
        <div
          className={`cgv-paged-flow cgv-paged-cols-${columns}`}
          ref={flow}
          aria-label={label}
          role="region"
          style={page ? { transform: `translateX(${-page * step}px)` } : undefined}
        >
          {children}
        </div>
      </div>
      {pages > 1 ? (
        <p className="cgv-paged-status" aria-live="polite">
          Page {page + 1} of {pages}
          <span className="cgv-paged-hint">{page + 1 < pages ? ' · more on the next page' : ''}</span>
        </p>
      ) : null}
    </div>
  );
}
