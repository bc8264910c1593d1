import { LinesField, NumberField, PromptField, type EditorProps } from '../kit/editor';
import type { DotVoteConfig } from './definition';

/** Hand-off problems to vote on, to start from. */
const EXAMPLE_OPTIONS = [
  'Slow follow-up on inbound leads',
  'No feedback on rejected leads',
  'No shared MQL definition',
  'Campaigns sales hears about too late',
  'Lead scoring nobody trusts',
];

export function DotVoteEditor({ config, onChange, errors = {} }: EditorProps<DotVoteConfig>) {
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder="e.g. Which of these should we fix first?"
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <LinesField
        label="Options"
        hint="One per line."
        items={config.options}
        error={errors.options}
        prefix="o"
        examples={EXAMPLE_OPTIONS}
        onChange={(options) => onChange({ ...config, options })}
      />
      <div className="editor-row">
        <NumberField
          label="Dots per person"
          min={1}
          max={20}
          value={config.dotsPerPerson}
          error={errors.dotsPerPerson}
          onChange={(dotsPerPerson) => onChange({ ...config, dotsPerPerson })}
        />
        <NumberField
          label="Most dots on one option"
          min={1}
          max={20}
          value={config.maxPerItem}
          error={errors.maxPerItem}
          onChange={(maxPerItem) => onChange({ ...config, maxPerItem })}
        />
      </div>
    </div>
  );
}
