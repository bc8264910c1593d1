import type { ProjectorPaging } from '../../../shared/run';
import { Button } from '../../../ui/Button';

/**
 * "Page 2 of 4": when the projector's list takes more than one screen, the console turns
 * its pages (↓/↑ and PageDown/PageUp do the same). Nothing shows while it fits one screen,
 * or before the presenter window has measured it.
 */
export function ProjectorPager({ paging, onPage }: { paging: ProjectorPaging; onPage(delta: 1 | -1): void }) {
  const pages = paging.pages ?? 1;
  if (pages < 2) return null;
  const page = Math.min(paging.page, pages);
  return (
    <section className="panel stage-pager" aria-labelledby="pager-heading">
      <h2 id="pager-heading" className="stage-pager-title">
        Projector pages
      </h2>
      {/* A turned page is said by the console's announcer ("Projector page 2 of 4."), not here. */}
      <p className="stage-pager-status" data-testid="projector-page">
        Page {page} of {pages}
      </p>
      <div className="stage-pager-buttons">
        <Button size="sm" icon="up" onClick={() => onPage(-1)} disabled={page <= 1} aria-keyshortcuts="ArrowUp PageUp">
          Previous page
        </Button>
        <Button size="sm" icon="down" onClick={() => onPage(1)} disabled={page >= pages} aria-keyshortcuts="ArrowDown PageDown">
          Next page
        </Button>
      </div>
    </section>
  );
}
