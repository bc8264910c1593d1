import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeading } from '../../ui/focus-rule';
import { AppBar } from './AppBar';
import { href } from './router';

export function NotFoundScreen() {
  return (
    <>
      <AppBar />
      <main id="main" tabIndex={-1} className="page page-narrow">
        <ScreenHeading className="visually-hidden">Page not found</ScreenHeading>
        <EmptyState title="There is nothing at this address">
          <p>
            The link may be out of date. <a href={href.list()}>Go to your workshops</a>.
          </p>
        </EmptyState>
      </main>
    </>
  );
}
