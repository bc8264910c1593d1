import { useLingui } from '@lingui/react/macro';
import { LinesField, NumberField, PromptField, type EditorProps } from '../kit/editor';
import { inLocale } from '../localized';
import type { DotVoteConfig } from './definition';
import { DOT_VOTE_EXAMPLES } from './editor-examples';

export function DotVoteEditor({ config, onChange, errors = {}, language }: EditorProps<DotVoteConfig>) {
  const { t } = useLingui();
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder={t`e.g. Which of these should we fix first?`}
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <LinesField
        label={t`Options`}
        hint={t`One per line.`}
        items={config.options}
        error={errors.options}
        prefix="o"
        examples={inLocale(DOT_VOTE_EXAMPLES, language)}
        onChange={(options) => onChange({ ...config, options })}
      />
      <div className="editor-row">
        <NumberField
          label={t`Dots per person`}
          min={1}
          max={20}
          value={config.dotsPerPerson}
          error={errors.dotsPerPerson}
          onChange={(dotsPerPerson) => onChange({ ...config, dotsPerPerson })}
        />
        <NumberField
          label={t`Most dots on one option`}
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
