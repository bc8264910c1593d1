import { LinesField, PromptField, type EditorProps } from '../kit/editor';
import type { RankingConfig } from './definition';

/** Shared numbers to rank, to start from. */
const EXAMPLE_OPTIONS = [
  'MQL-to-SQL conversion rate',
  'Lead follow-up time',
  'Pipeline created per month',
  'Win rate on marketing-sourced deals',
  'Sales cycle length',
];

export function RankingEditor({ config, onChange, errors = {} }: EditorProps<RankingConfig>) {
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder="e.g. Put these in the order you would fund them"
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <LinesField
        label="Options to rank"
        hint="One per line."
        items={config.options}
        error={errors.options}
        prefix="r"
        examples={EXAMPLE_OPTIONS}
        onChange={(options) => onChange({ ...config, options })}
      />
    </div>
  );
}
