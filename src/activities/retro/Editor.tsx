import { NumberField, Toggle, type EditorProps } from '../kit/editor';
import { ItemRows } from '../kit/rows/ItemRows';
import { DEFAULT_PROMPTS, type RetroConfig } from './definition';

export function RetroEditor({ config, onChange, errors = {} }: EditorProps<RetroConfig>) {
  return (
    <div className="editor-grid">
      <ItemRows
        label="Questions"
        items={config.prompts}
        error={errors.prompts}
        make={(row) => row}
        addLabel="Add a question"
        descriptionLabel="A hint under the question (optional)"
        onReset={() => onChange({ ...config, prompts: DEFAULT_PROMPTS.map((p) => ({ ...p })) })}
        resetLabel="Back to the three trust questions"
        onChange={(prompts) => onChange({ ...config, prompts })}
      />
      <div className="editor-row">
        <NumberField
          label="Cards per person"
          min={1}
          max={30}
          value={config.maxCardsPerPerson}
          error={errors.maxCardsPerPerson}
          onChange={(maxCardsPerPerson) => onChange({ ...config, maxCardsPerPerson })}
        />
        <NumberField
          label="Dots per person for the vote"
          min={1}
          max={10}
          value={config.dotsPerPerson}
          error={errors.dotsPerPerson}
          onChange={(dotsPerPerson) => onChange({ ...config, dotsPerPerson })}
        />
        <Toggle
          label="Anonymous cards"
          hint="On by default: trust is a subject people only speak about freely without names."
          checked={config.anonymous}
          onChange={(anonymous) => onChange({ ...config, anonymous })}
        />
      </div>
    </div>
  );
}
