import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { PromptField, type EditorProps } from '../kit/editor';
import { TextField } from '../../ui/TextField';
import { ItemRows } from '../kit/rows/ItemRows';
import { kpisort, type Kpi, type KpiSortConfig, type Owner } from './definition';

/** What each of the three columns is for (its name on the screen is the facilitator's to edit). */
const COLUMN_ROLE: Readonly<Record<Owner, MessageDescriptor>> = {
  marketing: msg`Column: Marketing owns`,
  sales: msg`Column: Sales owns`,
  shared: msg`Column: shared`,
};

export function KpiSortEditor({ config, onChange, errors = {}, language }: EditorProps<KpiSortConfig>) {
  const { t, i18n } = useLingui();
  return (
    <div className="editor-grid">
      <TextField
        label={t`The company goal both teams serve`}
        value={config.goal}
        maxLength={300}
        error={errors.goal}
        hint={t`Shown above the sort and at the top of the KPI table.`}
        onChange={(e) => onChange({ ...config, goal: e.target.value })}
      />
      <PromptField value={config.prompt} error={errors.prompt} onChange={(prompt) => onChange({ ...config, prompt })} />
      <div className="editor-row">
        {config.columns.map((col) => (
          <TextField
            key={col.id}
            label={i18n._(COLUMN_ROLE[col.id as Owner])}
            value={col.text}
            maxLength={200}
            onChange={(e) => onChange({ ...config, columns: config.columns.map((c) => (c.id === col.id ? { ...c, text: e.target.value } : c)) })}
          />
        ))}
      </div>
      <ItemRows<Kpi>
        label={t`KPIs`}
        items={config.cards}
        error={errors.cards}
        make={(row) => ({ ...row, unit: '' })}
        extra={{ label: t`Unit`, key: 'unit', max: 20 }}
        addLabel={t`Add a KPI`}
        descriptionLabel={t`How it is measured (optional)`}
        onReset={() => onChange({ ...config, cards: kpisort.defaultConfig(language).cards })}
        resetLabel={t`Start again from the example KPIs`}
        onChange={(cards) => onChange({ ...config, cards })}
      />
    </div>
  );
}
