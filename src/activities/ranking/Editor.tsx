import { LinesField, PromptField, type EditorProps } from '../editor-kit';
import type { RankingConfig } from './definition';

export function RankingEditor({ config, onChange, errors = {} }: EditorProps<RankingConfig>) {
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder="e.g. Put these in the order you would fund them"
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <LinesField label="Options to rank" hint="One per line." items={config.options} error={errors.options} prefix="r" onChange={(options) => onChange({ ...config, options })} />
    </div>
  );
}
