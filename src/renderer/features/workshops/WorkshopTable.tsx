import { useState } from 'react';
import { href } from '../../app/router';
import { useApp } from '../../app/store-context';
import { IconButton } from '../../../ui/Button';
import { TeamCounts } from '../../../ui/TeamBadge';
import { formatDuration } from '../../../shared/schedule';
import type { WorkshopSummary } from '../../../shared/domain';
import { RenameDialog } from './WorkshopDialogs';
import { SeriesDialog } from './SeriesDialog';
import { STATUS_LABEL, formatDate, plural } from './format';

export function WorkshopTable() {
  const items = useApp((s) => s.workshops.items);
  const teamCounts = useApp((s) => s.workshops.teamCounts);
  const renameWorkshop = useApp((s) => s.renameWorkshop);
  const duplicateWorkshop = useApp((s) => s.duplicateWorkshop);
  const trashWorkshop = useApp((s) => s.trashWorkshop);
  const [renaming, setRenaming] = useState<WorkshopSummary | null>(null);
  const [placing, setPlacing] = useState<WorkshopSummary | null>(null);

  return (
    <div className="table-card">
      <table className="table workshop-table">
        <caption className="visually-hidden">Your workshops, most recently changed first</caption>
        <thead>
          <tr>
            <th scope="col">Workshop</th>
            <th scope="col">Date</th>
            <th scope="col">People</th>
            <th scope="col">Agenda</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => {
            const counts = teamCounts[w.id];
            return (
              <tr key={w.id} data-testid="workshop-row" data-workshop-id={w.id}>
                <td className="cell-title">
                  <a href={href.planner(w.id)} className="row-link">
                    {w.title}
                  </a>
                  {w.goal ? <p className="cell-sub">{w.goal}</p> : null}
                </td>
                <td className="cell-nowrap">{formatDate(w.date) ?? <span className="muted">No date yet</span>}</td>
                <td>
                  {w.participantCount === 0 ? (
                    <span className="muted">Nobody yet</span>
                  ) : counts ? (
                    <TeamCounts counts={counts} />
                  ) : (
                    plural(w.participantCount, 'person', 'people')
                  )}
                </td>
                <td className="cell-nowrap">
                  {w.activityCount === 0 ? (
                    <span className="muted">Empty</span>
                  ) : (
                    <>
                      {plural(w.activityCount, 'activity', 'activities')}
                      <span className="muted"> · {formatDuration(w.totalMinutes)}</span>
                    </>
                  )}
                </td>
                <td>
                  <span className={`status-chip status-${w.status}`}>{STATUS_LABEL[w.status]}</span>
                </td>
                <td className="cell-actions">
                  <IconButton label={`Rename ${w.title}`} icon="pencil" onClick={() => setRenaming(w)} />
                  <IconButton label={`Series of ${w.title}`} icon="calendar" onClick={() => setPlacing(w)} />
                  <IconButton label={`Duplicate ${w.title}`} icon="copy" onClick={() => void duplicateWorkshop(w.id)} />
                  <IconButton label={`Move ${w.title} to the trash`} icon="trash" onClick={() => trashWorkshop(w.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {placing ? <SeriesDialog workshopId={placing.id} workshopTitle={placing.title} onClose={() => setPlacing(null)} /> : null}
      {renaming ? <RenameDialog current={renaming.title} onRename={(t) => renameWorkshop(renaming.id, t)} onClose={() => setRenaming(null)} /> : null}
    </div>
  );
}
