import { useDroppable } from '@dnd-kit/core';
import { memo, useId, useMemo, type ReactNode } from 'react';
import type { ZoneData } from './dnd';

/**
 * A named place cards can be dropped into; the keyboard walks zones by zoneIndex.
 * It re-renders when the zone under the pointer changes (dnd-kit's useDroppable), but
 * its children are elements its board made, so the cards inside are not rendered again.
 */
export const DropZone = memo(function DropZone({
  id,
  zoneIndex,
  title,
  count,
  disabled = false,
  className,
  headingLevel = 3,
  actions,
  children,
  empty,
}: {
  id: string;
  zoneIndex: number;
  title: ReactNode;
  count?: number;
  disabled?: boolean;
  className?: string;
  headingLevel?: 2 | 3 | 4;
  actions?: ReactNode;
  children?: ReactNode;
  empty?: ReactNode;
}) {
  const data: ZoneData = useMemo(() => ({ zoneIndex }), [zoneIndex]);
  const { setNodeRef, isOver, active } = useDroppable({ id, data, disabled });
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      ref={setNodeRef}
      data-testid="drop-zone"
      data-zone-id={id}
      aria-labelledby={headingId}
      className={['cgv-zone', isOver ? 'cgv-zone-over' : '', active && !disabled ? 'cgv-zone-ready' : '', className].filter(Boolean).join(' ')}
    >
      <div className="cgv-zone-head">
        <Heading id={headingId} className="cgv-zone-title">
          {title}
          {count !== undefined ? <span className="cgv-zone-count"> ({count})</span> : null}
        </Heading>
        {actions}
      </div>
      {children}
      {empty ? <div className="cgv-zone-empty">{empty}</div> : null}
    </section>
  );
});
