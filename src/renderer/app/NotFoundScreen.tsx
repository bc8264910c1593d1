import { Trans, useLingui } from '@lingui/react/macro';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeading } from '../../ui/focus-rule';
import { AppBar } from './AppBar';
import { href } from './router';

export function NotFoundScreen() {
  const { t } = useLingui();
  return (
    <>
      <AppBar />
      <main id="main" tabIndex={-1} className="page page-narrow">
        <ScreenHeading className="visually-hidden">
          <Trans>Page not found</Trans>
        </ScreenHeading>
        <EmptyState title={t`There is nothing at this address`}>
          <p>
            <Trans>
              The link may be out of date. <a href={href.list()}>Go to your workshops</a>.
            </Trans>
          </p>
        </EmptyState>
      </main>
    </>
  );
}
