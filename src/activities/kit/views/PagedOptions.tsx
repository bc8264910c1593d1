import type { ReactNode } from 'react';
import { PagedColumns } from './PagedColumns';
import './paged-options.css';

/** The options of a vote or ranking on the projector: two columns, paged when they outgrow the screen. */
export function PagedOptions({ options, label }: { options: { id: string; text: string }[]; label: string }) {
  return (
    <PagedColumns label={label} columns={2}>
      <ul className="cgv-p-options cgv-p-options-paged">
        {options.map((o) => (
          <li key={o.id} className="cgv-p-option">
            {o.text}
          </li>
        ))}
      </ul>
    </PagedColumns>
  );
}

/** A results list (bars, a ranking) on the projector: two columns, paged, rows never split. */
export function PagedRows({ children, label }: { children: ReactNode; label: string }) {
  return (
    <PagedColumns label={label} columns={2}>
      <div className="cgv-paged-rows">{children}</div>
    </PagedColumns>
  );
}
