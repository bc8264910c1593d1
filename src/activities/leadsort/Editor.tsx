import { PromptField, type EditorProps } from '../kit/editor';
import { TextField } from '../../ui/TextField';
import { ItemRows } from '../kit/rows/ItemRows';
import type { LeadSortConfig } from './definition';
import { defaultSignals } from './signals';

const ROLES = ['Column for a strong signal', 'Column for no signal', 'Column for “it depends”'];

export function LeadSortEditor({ config, onChange, errors = {} }: EditorProps<LeadSortConfig>) {
  return (
    <div className="editor-grid">
      <PromptField value={config.prompt} error={errors.prompt} onChange={(prompt) => onChange({ ...config, prompt })} />
      <div className="editor-row">
        {config.columns.map((col, i) => (
          <TextField
            key={col.id}
            label={ROLES[i] ?? 'Column'}
            value={col.text}
            maxLength={200}
            onChange={(e) => onChange({ ...config, columns: config.columns.map((c) => (c.id === col.id ? { ...c, text: e.target.value } : c)) })}
          />
        ))}
      </div>
      {errors.columns ? <p className="field-error">{errors.columns}</p> : null}
      <ItemRows
        label="Lead signals"
        items={config.cards}
        error={errors.cards}
        make={(row) => row}
        addLabel="Add a signal"
        descriptionLabel="What exactly counts (optional)"
        onReset={() => onChange({ ...config, cards: defaultSignals() })}
        resetLabel="Start again from the 26 example signals"
        onChange={(cards) => onChange({ ...config, cards })}
      />
      <p className="field-hint">A card in the third column asks “depends on what?”; those answers feed the draft definition.</p>
    </div>
  );
}
