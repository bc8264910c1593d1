import { useLingui } from '@lingui/react/macro';
import { NumberField, PromptField, Toggle, type EditorProps } from '../kit/editor';
import type { BrainstormConfig } from './definition';

export function BrainstormEditor({ config, onChange, errors = {} }: EditorProps<BrainstormConfig>) {
  const { t } = useLingui();
  return (
    <div className="editor-grid">
      <PromptField
        value={config.prompt}
        error={errors.prompt}
        placeholder={t`e.g. What would make marketing genuinely useful to you this quarter?`}
        onChange={(prompt) => onChange({ ...config, prompt })}
      />
      <div className="editor-row">
        <NumberField
          label={t`Cards per person`}
          min={1}
          max={50}
          value={config.maxCardsPerPerson}
          error={errors.maxCardsPerPerson}
          onChange={(maxCardsPerPerson) => onChange({ ...config, maxCardsPerPerson })}
        />
        <Toggle
          label={t`Anonymous cards`}
          hint={t`Names stay hidden on the screen; people say harder things.`}
          checked={config.anonymous}
          onChange={(anonymous) => onChange({ ...config, anonymous })}
        />
      </div>
    </div>
  );
}
