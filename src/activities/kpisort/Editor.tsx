import { PromptField, type EditorProps } from '../kit/editor';
import { TextField } from '../../ui/TextField';
import { ItemRows } from '../kit/rows/ItemRows';
import { kpisort, type Kpi, type KpiSortConfig } from './definition';

export function KpiSortEditor({ config, onChange, errors = {} }: EditorProps<KpiSortConfig>) {
  return (
    <div className="editor-grid">
      <TextField
        label="The company goal both teams serve"
        value={config.goal}
        maxLength={300}
        error={errors.goal}
        hint="Shown above the sort and at the top of the KPI table."
        onChange={(e) => onChange({ ...config, goal: e.target.value })}
      />
      <PromptField value={config.prompt} error={errors.prompt} onChange={(prompt) => onChange({ ...config, prompt })} />
      <div className="editor-row">
        {config.columns.map((col) => (
          <TextField
            key={col.id}
            label={`Column: ${col.id === 'shared' ? 'shared' : `${col.id} owns`}`}
            value={col.text}
            maxLength={200}
            onChange={(e) => onChange({ ...config, columns: config.columns.map((c) => (c.id === col.id ? { ...c, text: e.target.value } : c)) })}
          />
        ))}
      </div>
      <ItemRows<Kpi>
        label="KPIs"
        items={config.cards}
        error={errors.cards}
        make={(row) => ({ ...row, unit: '' })}
        extra={{ label: 'Unit', key: 'unit', max: 20 }}
        addLabel="Add a KPI"
        descriptionLabel="How it is measured (optional)"
        onReset={() => onChange({ ...config, cards: kpisort.defaultConfig().cards })}
        resetLabel="Start again from the example KPIs"
        onChange={(cards) => onChange({ ...config, cards })}
      />
    </div>
  );
}
