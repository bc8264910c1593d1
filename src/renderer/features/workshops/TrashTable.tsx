import { useState } from 'react';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import type { WorkshopSummary } from '../../../shared/domain';
import { formatDay, plural } from './format';

export function TrashTable() {
  const items = useApp((s) => s.workshops.trash);
  const status = useApp((s) => s.workshops.trashStatus);
  const restoreWorkshop = useApp((s) => s.restoreWorkshop);
  const purgeWorkshop = useApp((s) => s.purgeWorkshop);
  const [purging, setPurging] = useState<WorkshopSummary | null>(null);

  if (status !== 'ready') {
    return (
      <p className="loading" role="status">
        {status === 'error' ? 'Couldn’t load the trash.' : 'Loading the trash…'}
      </p>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState title="The trash is empty">
        <p>Workshops you move to the trash wait here until you restore them or delete them for good.</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-card">
      <table className="table trash-table">
        <caption className="visually-hidden">Workshops in the trash</caption>
        <thead>
          <tr>
            <th scope="col">Workshop</th>
            <th scope="col">Moved to trash</th>
            <th scope="col">Contents</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => (
            <tr key={w.id} data-testid="trash-row" data-workshop-id={w.id}>
              <td className="cell-title">
                <span className="strong">{w.title}</span>
              </td>
              <td className="cell-nowrap">{formatDay(w.deletedAt) ?? '—'}</td>
              <td className="cell-nowrap">
                {plural(w.activityCount, 'activity', 'activities')} · {plural(w.participantCount, 'person', 'people')}
              </td>
              <td className="cell-actions">
                <Button size="sm" icon="restore" onClick={() => void restoreWorkshop(w.id)} aria-label={`Restore ${w.title}`}>
                  Restore
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn-danger-text"
                  icon="trash"
                  onClick={() => setPurging(w)}
                  aria-label={`Delete ${w.title} forever`}
                >
                  Delete forever
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {purging ? (
        <ConfirmDialog
          title={`Delete “${purging.title}” forever?`}
          message={<p>Its agenda, roster and any results will be gone. This can’t be undone.</p>}
          confirmLabel="Delete forever"
          danger
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            const id = purging.id;
            setPurging(null);
            void purgeWorkshop(id);
          }}
        />
      ) : null}
    </div>
  );
}
