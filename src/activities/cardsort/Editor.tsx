import { useLingui } from '@lingui/react/macro';
import { LinesField, PromptField, Toggle, type EditorProps } from '../kit/editor';
import { inLocale } from '../localized';
import type { CardSortConfig } from './definition';
import { CARD_SORT_EXAMPLES } from './editor-examples';

export function CardSortEditor({ config, onChange, errors = {}, language }: EditorProps<CardSortConfig>) {
  const { t } = useLingui();
  const examples = inLocale(CARD_SORT_EXAMPLES, language);
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder={t`e.g. Which of these signals make a quality lead?`}
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <div className="editor-row editor-row-wide">
        <LinesField
          label={t`Cards`}
          hint={t`One per line.`}
          rows={7}
          items={config.cards}
          error={errors.cards}
          prefix="k"
          examples={examples.cards}
          onChange={(cards) => onChange({ ...config, cards })}
        />
        <LinesField
          label={t`Columns`}
          hint={t`One per line, at least two.`}
          rows={7}
          items={config.columns}
          error={errors.columns}
          prefix="c"
          examples={examples.columns}
          onChange={(columns) => onChange({ ...config, columns })}
        />
      </div>
      <Toggle
        label={t`Open sort`}
        hint={t`People may add a column of their own when none fits.`}
        checked={config.open}
        onChange={(open) => onChange({ ...config, open })}
      />
    </div>
  );
}
