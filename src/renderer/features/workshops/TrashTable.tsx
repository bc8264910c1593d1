import { useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import type { WorkshopSummary } from '../../../shared/domain';
import { dayIn } from './format';

export function TrashTable() {
  const items = useApp((s) => s.workshops.trash);
  const status = useApp((s) => s.workshops.trashStatus);
  const restoreWorkshop = useApp((s) => s.restoreWorkshop);
  const purgeWorkshop = useApp((s) => s.purgeWorkshop);
  const [purging, setPurging] = useState<WorkshopSummary | null>(null);
  const { t, i18n } = useLingui();
  const purgingTitle = purging?.title ?? '';

  if (status !== 'ready') {
    return (
      <p className="loading" role="status">
        {status === 'error' ? <Trans>Couldn’t load the trash.</Trans> : <Trans>Loading the trash…</Trans>}
      </p>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState title={t`The trash is empty`}>
        <p>
          <Trans>Workshops you move to the trash wait here until you restore them or delete them for good.</Trans>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="table-card">
      <table className="table trash-table">
        <caption className="visually-hidden">
          <Trans>Workshops in the trash</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Workshop</Trans>
            </th>
            <th scope="col">
              <Trans>Moved to trash</Trans>
            </th>
            <th scope="col">
              <Trans>Contents</Trans>
            </th>
            <th scope="col">
              <span className="visually-hidden">
                <Trans>Actions</Trans>
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => {
            const title = w.title;
            const activities = w.activityCount;
            const people = w.participantCount;
            return (
              <tr key={w.id} data-testid="trash-row" data-workshop-id={w.id}>
                <td className="cell-title">
                  <span className="strong">{w.title}</span>
                </td>
                <td className="cell-nowrap">{dayIn(i18n, w.deletedAt) ?? '—'}</td>
                <td className="cell-nowrap">
                  <Plural value={activities} one="# activity" other="# activities" /> · <Plural value={people} one="# person" other="# people" />
                </td>
                <td className="cell-actions">
                  <Button size="sm" icon="restore" onClick={() => void restoreWorkshop(w.id)} aria-label={t`Restore ${title}`}>
                    <Trans>Restore</Trans>
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="btn-danger-text"
                    icon="trash"
                    onClick={() => setPurging(w)}
                    aria-label={t`Delete ${title} forever`}
                  >
                    <Trans>Delete forever</Trans>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {purging ? (
        <ConfirmDialog
          title={t`Delete “${purgingTitle}” forever?`}
          message={
            <p>
              <Trans>Its agenda, roster and any results will be gone. This can’t be undone.</Trans>
            </p>
          }
          confirmLabel={t`Delete forever`}
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
