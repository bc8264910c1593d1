import { useLingui } from '@lingui/react/macro';
import { LinesField, PromptField, type EditorProps } from '../kit/editor';
import { inLocale } from '../localized';
import type { RankingConfig } from './definition';
import { RANKING_EXAMPLES } from './editor-examples';

export function RankingEditor({ config, onChange, errors = {}, language }: EditorProps<RankingConfig>) {
  const { t } = useLingui();
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder={t`e.g. Put these in the order you would fund them`}
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <LinesField
        label={t`Options to rank`}
        hint={t`One per line.`}
        items={config.options}
        error={errors.options}
        prefix="r"
        examples={inLocale(RANKING_EXAMPLES, language)}
        onChange={(options) => onChange({ ...config, options })}
      />
    </div>
  );
}
