import type { ReactNode } from 'react';
import { LogoMark } from '../../ui/EmptyState';
import { href } from './router';

/** The top bar: product mark on the left, the screen's own controls after it. */
export function AppBar({ children, end }: { children?: ReactNode; end?: ReactNode }) {
  return (
    <header className="app-bar">
      <a className="brand" href={href.list()} aria-label="Common Ground: all workshops">
        <LogoMark size={22} />
        <span className="brand-name" aria-hidden="true">
          Common Ground
        </span>
      </a>
      <div className="app-bar-main">{children}</div>
      {end ? <div className="app-bar-end">{end}</div> : null}
    </header>
  );
}
