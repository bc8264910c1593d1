import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { PromptField, type EditorProps } from '../kit/editor';
import { TextField } from '../../ui/TextField';
import { ItemRows } from '../kit/rows/ItemRows';
import type { LeadSortConfig } from './definition';
import { defaultSignals } from './signals';

/** What each column is for, by position (its name on the screen is the facilitator's to edit). */
const ROLES: readonly MessageDescriptor[] = [msg`Column for a strong signal`, msg`Column for no signal`, msg`Column for “it depends”`];

export function LeadSortEditor({ config, onChange, errors = {}, language }: EditorProps<LeadSortConfig>) {
  const { t, i18n } = useLingui();
  const count = i18n.number(defaultSignals(language).length);
  return (
    <div className="editor-grid">
      <PromptField value={config.prompt} error={errors.prompt} onChange={(prompt) => onChange({ ...config, prompt })} />
      <div className="editor-row">
        {config.columns.map((col, i) => (
          <TextField
            key={col.id}
            label={ROLES[i] ? i18n._(ROLES[i]) : t`Column`}
            value={col.text}
            maxLength={200}
            onChange={(e) => onChange({ ...config, columns: config.columns.map((c) => (c.id === col.id ? { ...c, text: e.target.value } : c)) })}
          />
        ))}
      </div>
      {errors.columns ? <p className="field-error">{errors.columns}</p> : null}
      <ItemRows
        label={t`Lead signals`}
        items={config.cards}
        error={errors.cards}
        make={(row) => row}
        addLabel={t`Add a signal`}
        descriptionLabel={t`What exactly counts (optional)`}
        onReset={() => onChange({ ...config, cards: defaultSignals(language) })}
        resetLabel={t`Start again from the ${count} example signals`}
        onChange={(cards) => onChange({ ...config, cards })}
      />
      <p className="field-hint">
        <Trans>A card in the third column asks “depends on what?”; those answers feed the draft definition.</Trans>
      </p>
    </div>
  );
}
