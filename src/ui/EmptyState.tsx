import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  actions,
  art,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  art?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      {art ? <div className="empty-art">{art}</div> : null}
      <Heading className="empty-title">{title}</Heading>
      {children ? <div className="empty-text">{children}</div> : null}
      {actions ? <div className="empty-actions">{actions}</div> : null}
    </div>
  );
}

/** The product mark: two overlapping circles, Sales and Marketing, meeting on common ground. */
export function LogoMark({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="logo-mark">
      <circle cx="9" cy="12" r="6.5" fill="none" stroke="var(--team-sales)" strokeWidth="2" />
      <circle cx="15" cy="12" r="6.5" fill="none" stroke="var(--team-marketing)" strokeWidth="2" />
      <path d="M12 6.9a6.5 6.5 0 0 1 0 10.2 6.5 6.5 0 0 1 0-10.2Z" fill="var(--color-accent)" opacity="0.9" />
    </svg>
  );
}
