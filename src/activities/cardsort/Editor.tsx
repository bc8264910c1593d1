import { LinesField, PromptField, Toggle, type EditorProps } from '../editor-kit';
import type { CardSortConfig } from './definition';

export function CardSortEditor({ config, onChange, errors = {} }: EditorProps<CardSortConfig>) {
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder="e.g. Which of these signals make a quality lead?"
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <div className="editor-row editor-row-wide">
        <LinesField label="Cards" hint="One per line." rows={7} items={config.cards} error={errors.cards} prefix="k" onChange={(cards) => onChange({ ...config, cards })} />
        <LinesField label="Columns" hint="One per line, at least two." rows={7} items={config.columns} error={errors.columns} prefix="c" onChange={(columns) => onChange({ ...config, columns })} />
      </div>
      <Toggle
        label="Open sort"
        hint="People may add a column of their own when none fits."
        checked={config.open}
        onChange={(open) => onChange({ ...config, open })}
      />
    </div>
  );
}
