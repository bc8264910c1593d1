import { useState } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ownerLabel } from './owner-words';
import type { BoardViewProps } from '../view-types';
import type { CardSortTally } from '../cardsort/logic';
import { Surface } from '../kit/views/surface';
import { OnScreenToggle } from '../kit/views/OnScreenToggle';
import { OWNERS, type KpiRow, type KpiSortBoard, type KpiSortConfig, type Owner } from './definition';
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
  const { i18n, t } = useLingui();
  const board = readKpiBoard(raw);
  const overall = results.aggregate?.overall;
  const rows = kpiTable(config, board, overall);
  const save = (row: KpiRow, what: string) => {
    onChange(setRow(board, { kpiId: row.kpiId, owner: row.owner, person: row.person, target: row.target, unit: row.unit }));
    announce(what);
  };
  return (
    <Surface kind="console" className="cgx-board">
      <p className="cgv-muted">
        <Trans>Owners start from where most of the room put each KPI. Settle each one, name the person who reports on it, and set a target.</Trans>
      </p>
      <OnScreenToggle value={board.onScreen} onChange={(onScreen) => onChange({ ...board, onScreen })} outcome={t`The KPI table`} />
      <table className="cgx-kpi-table cgx-board-table">
        <caption className="cgv-sr">
          <Trans>KPI owners and targets</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>KPI</Trans>
            </th>
            <th scope="col">
              <Trans>Owner</Trans>
            </th>
            <th scope="col">
              <Trans>Who reports on it</Trans>
            </th>
            <th scope="col">
              <Trans>Target</Trans>
            </th>
            <th scope="col">
              <Trans>Unit</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kpiId}>
              <th scope="row">
                {r.text}
                {r.suggested ? <span className="cgv-muted cgx-suggested"> · {t`room: ${ph({ owner: ownerLabel(i18n, r.suggested) })}`}</span> : null}
              </th>
              <td>
                <select
                  className="cgv-select"
                  aria-label={t`Owner of ${ph({ kpi: r.text })}`}
                  value={r.owner ?? ''}
                  onChange={(e) =>
                    save(
                      { ...r, owner: (e.target.value || null) as Owner | null },
                      `${r.text}: ${e.target.value ? ownerLabel(i18n, e.target.value as Owner) : t`no owner yet`}.`,
                    )
                  }
                >
                  <option value="">{t`Not decided`}</option>
                  {OWNERS.map((o) => (
                    <option key={o} value={o}>
                      {ownerLabel(i18n, o)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <CellInput
                  label={t`Who reports on ${ph({ kpi: r.text })}`}
                  value={r.person}
                  max={80}
                  placeholder={t`Name`}
                  onCommit={(person) => save({ ...r, person }, t`Saved the owner of ${ph({ kpi: r.text })}.`)}
                />
              </td>
              <td>
                <CellInput
                  label={t`Target for ${ph({ kpi: r.text })}`}
                  value={r.target}
                  max={40}
                  placeholder={t`e.g. 25`}
                  onCommit={(target) => save({ ...r, target }, t`Saved the target for ${ph({ kpi: r.text })}.`)}
                />
              </td>
              <td>
                <CellInput
                  label={t`Unit for ${ph({ kpi: r.text })}`}
                  value={r.unit}
                  max={20}
                  onCommit={(unit) => save({ ...r, unit }, t`Saved the unit for ${ph({ kpi: r.text })}.`)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Surface>
  );
}
