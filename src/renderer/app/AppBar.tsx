import type { ReactNode } from 'react';
import { useLingui } from '@lingui/react/macro';
import { LogoMark } from '../../ui/EmptyState';
import { LanguageMenu } from './LanguageMenu';
import { href } from './router';

/** The top bar: product mark on the left, the screen's own controls after it, the interface language last. */
export function AppBar({ children, end }: { children?: ReactNode; end?: ReactNode }) {
  const { t } = useLingui();
  return (
    <header className="app-bar">
      <a className="brand" href={href.list()} aria-label={t`Common Ground: all workshops`}>
        <LogoMark size={22} />
        <span className="brand-name" aria-hidden="true">
          Common Ground
        </span>
      </a>
      <div className="app-bar-main">{children}</div>
      {end ? <div className="app-bar-end">{end}</div> : null}
      <LanguageMenu />
    </header>
  );
}
