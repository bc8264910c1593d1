import { LinesField, PromptField, Toggle, type EditorProps } from '../kit/editor';
import type { CardSortConfig } from './definition';

/** A lead-quality sort to start from. */
const EXAMPLE_CARDS = [
  'Requested a demo',
  'Visited the pricing page twice',
  'Downloaded a whitepaper',
  'Attended a webinar',
  'Job title is VP or above',
  'Company size fits our ICP',
  'Budget is known',
  'Replied to a sales email',
];
const EXAMPLE_COLUMNS = ['Quality lead', 'Not a signal', 'Depends'];

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
        <LinesField
          label="Cards"
          hint="One per line."
          rows={7}
          items={config.cards}
          error={errors.cards}
          prefix="k"
          examples={EXAMPLE_CARDS}
          onChange={(cards) => onChange({ ...config, cards })}
        />
        <LinesField
          label="Columns"
          hint="One per line, at least two."
          rows={7}
          items={config.columns}
          error={errors.columns}
          prefix="c"
          examples={EXAMPLE_COLUMNS}
          onChange={(columns) => onChange({ ...config, columns })}
        />
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
