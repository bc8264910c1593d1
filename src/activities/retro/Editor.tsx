import { useLingui } from '@lingui/react/macro';
import { NumberField, Toggle, type EditorProps } from '../kit/editor';
import { ItemRows } from '../kit/rows/ItemRows';
import { retro, type RetroConfig } from './definition';

export function RetroEditor({ config, onChange, errors = {}, language }: EditorProps<RetroConfig>) {
  const { t } = useLingui();
  return (
    <div className="editor-grid">
      <ItemRows
        label={t`Questions`}
        items={config.prompts}
        error={errors.prompts}
        make={(row) => row}
        addLabel={t`Add a question`}
        descriptionLabel={t`A hint under the question (optional)`}
        onReset={() => onChange({ ...config, prompts: retro.defaultConfig(language).prompts })}
        resetLabel={t`Back to the three trust questions`}
        onChange={(prompts) => onChange({ ...config, prompts })}
      />
      <div className="editor-row">
        <NumberField
          label={t`Cards per person`}
          min={1}
          max={30}
          value={config.maxCardsPerPerson}
          error={errors.maxCardsPerPerson}
          onChange={(maxCardsPerPerson) => onChange({ ...config, maxCardsPerPerson })}
        />
        <NumberField
          label={t`Dots per person for the vote`}
          min={1}
          max={10}
          value={config.dotsPerPerson}
          error={errors.dotsPerPerson}
          onChange={(dotsPerPerson) => onChange({ ...config, dotsPerPerson })}
        />
        <Toggle
          label={t`Anonymous cards`}
          hint={t`On by default: trust is a subject people only speak about freely without names.`}
          checked={config.anonymous}
          onChange={(anonymous) => onChange({ ...config, anonymous })}
        />
      </div>
    </div>
  );
}
