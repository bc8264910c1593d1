import { useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { href } from '../../app/router';
import { useApp } from '../../app/store-context';
import { IconButton } from '../../../ui/Button';
import { TeamCounts } from '../../../ui/TeamBadge';
import { durationShort } from '../../i18n/format';
import type { WorkshopSummary } from '../../../shared/domain';
import { RenameDialog } from './WorkshopDialogs';
import { SeriesDialog } from './SeriesDialog';
import { STATUS_NAME, dateIn } from './format';

export function WorkshopTable() {
  const items = useApp((s) => s.workshops.items);
  const teamCounts = useApp((s) => s.workshops.teamCounts);
  const renameWorkshop = useApp((s) => s.renameWorkshop);
  const duplicateWorkshop = useApp((s) => s.duplicateWorkshop);
  const trashWorkshop = useApp((s) => s.trashWorkshop);
  const [renaming, setRenaming] = useState<WorkshopSummary | null>(null);
  const [placing, setPlacing] = useState<WorkshopSummary | null>(null);
  const { t, i18n } = useLingui();

  return (
    <div className="table-card">
      <table className="table workshop-table">
        <caption className="visually-hidden">
          <Trans>Your workshops, most recently changed first</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Workshop</Trans>
            </th>
            <th scope="col">
              <Trans>Date</Trans>
            </th>
            <th scope="col">
              <Trans>People</Trans>
            </th>
            <th scope="col">
              <Trans>Agenda</Trans>
            </th>
            <th scope="col">
              <Trans>Status</Trans>
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
            const counts = teamCounts[w.id];
            const title = w.title;
            const people = w.participantCount;
            const activities = w.activityCount;
            return (
              <tr key={w.id} data-testid="workshop-row" data-workshop-id={w.id}>
                <td className="cell-title">
                  <a href={href.planner(w.id)} className="row-link">
                    {w.title}
                  </a>
                  {w.goal ? <p className="cell-sub">{w.goal}</p> : null}
                </td>
                <td className="cell-nowrap">
                  {dateIn(i18n, w.date) ?? (
                    <span className="muted">
                      <Trans>No date yet</Trans>
                    </span>
                  )}
                </td>
                <td>
                  {w.participantCount === 0 ? (
                    <span className="muted">
                      <Trans>Nobody yet</Trans>
                    </span>
                  ) : counts ? (
                    <TeamCounts counts={counts} />
                  ) : (
                    <Plural value={people} one="# person" other="# people" />
                  )}
                </td>
                <td className="cell-nowrap">
                  {w.activityCount === 0 ? (
                    <span className="muted">
                      <Trans>Empty</Trans>
                    </span>
                  ) : (
                    <>
                      <Plural value={activities} one="# activity" other="# activities" />
                      <span className="muted"> · {durationShort(i18n, w.totalMinutes)}</span>
                    </>
                  )}
                </td>
                <td>
                  <span className={`status-chip status-${w.status}`}>{i18n._(STATUS_NAME[w.status])}</span>
                </td>
                <td className="cell-actions">
                  <IconButton label={t`Rename ${title}`} icon="pencil" onClick={() => setRenaming(w)} />
                  <IconButton label={t`Series of ${title}`} icon="calendar" onClick={() => setPlacing(w)} />
                  <IconButton label={t`Duplicate ${title}`} icon="copy" onClick={() => void duplicateWorkshop(w.id)} />
                  <IconButton label={t`Move ${title} to the trash`} icon="trash" onClick={() => trashWorkshop(w.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {placing ? <SeriesDialog workshopId={placing.id} workshopTitle={placing.title} onClose={() => setPlacing(null)} /> : null}
      {renaming ? <RenameDialog current={renaming.title} onRename={(next) => renameWorkshop(renaming.id, next)} onClose={() => setRenaming(null)} /> : null}
    </div>
  );
}
