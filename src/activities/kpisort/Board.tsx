import { useState } from 'react';
import type { BoardViewProps } from '../view-types';
import type { CardSortTally } from '../cardsort/logic';
import { Surface } from '../kit/views/surface';
import { OnScreenToggle } from '../kit/views/OnScreenToggle';
import { OWNERS, OWNER_LABEL, type KpiRow, type KpiSortBoard, type KpiSortConfig, type Owner } from './definition';
import { kpiTable, readKpiBoard, setRow } from './board';
import '../kit/views/exercises.css';

/** A text cell that saves when you leave it (or press Enter). */
function CellInput({
  label,
  value,
  max,
  onCommit,
  placeholder,
}: {
  label: string;
  value: string;
  max: number;
  onCommit(v: string): void;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [prev, setPrev] = useState(value);
  if (prev !== value) {
    setPrev(value);
    setDraft(value);
  }
  return (
    <input
      className="input"
      aria-label={label}
      value={draft}
      maxLength={max}
      placeholder={placeholder}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft.trim() !== value && onCommit(draft.trim())}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}

/** The outcome: each KPI's owner, the person who reports on it, and its target. */
export function KpiSortBoardView({ config, results, board: raw, onChange, announce }: BoardViewProps<KpiSortConfig, CardSortTally, KpiSortBoard>) {
  const board = readKpiBoard(raw);
  const overall = results.aggregate?.overall;
  const rows = kpiTable(config, board, overall);
  const save = (row: KpiRow, what: string) => {
    onChange(setRow(board, { kpiId: row.kpiId, owner: row.owner, person: row.person, target: row.target, unit: row.unit }));
    announce(what);
  };
  return (
    <Surface kind="console" className="cgx-board">
      <p className="cgv-muted">Owners start from where most of the room put each KPI. Settle each one, name the person who reports on it, and set a target.</p>
      <OnScreenToggle value={board.onScreen} onChange={(onScreen) => onChange({ ...board, onScreen })} outcome="The KPI table" />
      <table className="cgx-kpi-table cgx-board-table">
        <caption className="cgv-sr">KPI owners and targets</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Owner</th>
            <th scope="col">Who reports on it</th>
            <th scope="col">Target</th>
            <th scope="col">Unit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kpiId}>
              <th scope="row">
                {r.text}
                {r.suggested ? <span className="cgv-muted cgx-suggested"> · room: {OWNER_LABEL[r.suggested]}</span> : null}
              </th>
              <td>
                <select
                  className="cgv-select"
                  aria-label={`Owner of ${r.text}`}
                  value={r.owner ?? ''}
                  onChange={(e) =>
                    save(
                      { ...r, owner: (e.target.value || null) as Owner | null },
                      `${r.text}: ${e.target.value ? OWNER_LABEL[e.target.value as Owner] : 'no owner yet'}.`,
                    )
                  }
                >
                  <option value="">Not decided</option>
                  {OWNERS.map((o) => (
                    <option key={o} value={o}>
                      {OWNER_LABEL[o]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <CellInput
                  label={`Who reports on ${r.text}`}
                  value={r.person}
                  max={80}
                  placeholder="Name"
                  onCommit={(person) => save({ ...r, person }, `Saved the owner of ${r.text}.`)}
                />
              </td>
              <td>
                <CellInput
                  label={`Target for ${r.text}`}
                  value={r.target}
                  max={40}
                  placeholder="e.g. 25"
                  onCommit={(target) => save({ ...r, target }, `Saved the target for ${r.text}.`)}
                />
              </td>
              <td>
                <CellInput label={`Unit for ${r.text}`} value={r.unit} max={20} onCommit={(unit) => save({ ...r, unit }, `Saved the unit for ${r.text}.`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Surface>
  );
}
