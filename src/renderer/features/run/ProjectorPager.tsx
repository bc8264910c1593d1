import { Trans, useLingui } from '@lingui/react/macro';
import type { ProjectorPaging } from '../../../shared/run';
import { Button } from '../../../ui/Button';

/**
 * "Page 2 of 4": when the projector's list takes more than one screen, the console turns
 * its pages (↓/↑ and PageDown/PageUp do the same). Nothing shows while it fits one screen,
 * or before the presenter window has measured it.
 */
export function ProjectorPager({ paging, onPage }: { paging: ProjectorPaging; onPage(delta: 1 | -1): void }) {
  const { i18n } = useLingui();
  const pages = paging.pages ?? 1;
  if (pages < 2) return null;
  const page = Math.min(paging.page, pages);
  const shownPage = i18n.number(page);
  const count = i18n.number(pages);
  return (
    <section className="panel stage-pager" aria-labelledby="pager-heading">
      <h2 id="pager-heading" className="stage-pager-title">
        <Trans>Projector pages</Trans>
      </h2>
      {/* A turned page is said by the console's announcer ("Projector page 2 of 4."), not here. */}
      <p className="stage-pager-status" data-testid="projector-page">
        <Trans>
          Page {shownPage} of {count}
        </Trans>
      </p>
      <div className="stage-pager-buttons">
        <Button size="sm" icon="up" onClick={() => onPage(-1)} disabled={page <= 1} aria-keyshortcuts="ArrowUp PageUp">
          <Trans>Previous page</Trans>
        </Button>
        <Button size="sm" icon="down" onClick={() => onPage(1)} disabled={page >= pages} aria-keyshortcuts="ArrowDown PageDown">
          <Trans>Next page</Trans>
        </Button>
      </div>
    </section>
  );
}
