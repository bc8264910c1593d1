import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { NumberField, type EditorProps } from '../kit/editor';
import { NEW_NAMES } from '../new-names';
import { inLocale } from '../localized';
import { TextField } from '../../ui/TextField';
import type { PersonaConfig } from './definition';
import './persona.css';

export function PersonaEditor({ config, onChange, errors = {}, language }: EditorProps<PersonaConfig>) {
  const { t, i18n } = useLingui();
  const set = (i: number, patch: Partial<PersonaConfig['sections'][number]>) =>
    onChange({ ...config, sections: config.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <div className="editor-grid">
      <TextField
        label={t`Whose persona`}
        value={config.subject}
        maxLength={80}
        error={errors.subject}
        onChange={(e) => onChange({ ...config, subject: e.target.value })}
      />
      <fieldset className="cgp-fieldset">
        <legend>
          <Trans>Sections of the canvas</Trans>
        </legend>
        {errors.sections ? <p className="field-error">{errors.sections}</p> : null}
        {config.sections.map((s, i) => (
          <div key={s.id} className="editor-row cgp-editor-section">
            <TextField
              label={t`Section ${ph({ n: i18n.number(i + 1) })}`}
              value={s.title}
              maxLength={80}
              error={errors[`sections.${i}.title`]}
              onChange={(e) => set(i, { title: e.target.value })}
            />
            <TextField
              label={t`Hint for people writing`}
              fieldClassName="cgp-editor-hint"
              value={s.hint}
              maxLength={200}
              onChange={(e) => set(i, { hint: e.target.value })}
            />
            <button
              type="button"
              className="btn btn-ghost btn-md"
              disabled={config.sections.length <= 2}
              aria-label={t`Remove section ${ph({ n: i18n.number(i + 1) })}: ${ph({ title: s.title })}`}
              onClick={() => onChange({ ...config, sections: config.sections.filter((_, j) => j !== i) })}
            >
              <Trans>Remove</Trans>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-secondary btn-md cgp-editor-add"
          disabled={config.sections.length >= 12}
          onClick={() => {
            let n = config.sections.length + 1;
            while (config.sections.some((s) => s.id === `s${n}`)) n += 1;
            onChange({ ...config, sections: [...config.sections, { id: `s${n}`, title: inLocale(NEW_NAMES, language).section, hint: '' }] });
          }}
        >
          <Trans>Add a section</Trans>
        </button>
      </fieldset>
      <div className="editor-row">
        <NumberField
          label={t`Notes per person`}
          min={1}
          max={30}
          value={config.notesPerPerson}
          onChange={(notesPerPerson) => onChange({ ...config, notesPerPerson })}
        />
        <NumberField
          label={t`Dots per person`}
          min={1}
          max={20}
          value={config.dotsPerPerson}
          onChange={(dotsPerPerson) => onChange({ ...config, dotsPerPerson })}
        />
        <NumberField
          label={t`Notes per section on the persona`}
          min={1}
          max={6}
          value={config.topPerSection}
          onChange={(topPerSection) => onChange({ ...config, topPerSection })}
        />
      </div>
    </div>
  );
}
