import { NumberField, type EditorProps } from '../kit/editor';
import { TextField } from '../../ui/TextField';
import type { PersonaConfig } from './definition';
import './persona.css';

export function PersonaEditor({ config, onChange, errors = {} }: EditorProps<PersonaConfig>) {
  const set = (i: number, patch: Partial<PersonaConfig['sections'][number]>) =>
    onChange({ ...config, sections: config.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <div className="editor-grid">
      <TextField
        label="Whose persona"
        value={config.subject}
        maxLength={80}
        error={errors.subject}
        onChange={(e) => onChange({ ...config, subject: e.target.value })}
      />
      <fieldset className="cgp-fieldset">
        <legend>Sections of the canvas</legend>
        {errors.sections ? <p className="field-error">{errors.sections}</p> : null}
        {config.sections.map((s, i) => (
          <div key={s.id} className="editor-row cgp-editor-section">
            <TextField
              label={`Section ${i + 1}`}
              value={s.title}
              maxLength={80}
              error={errors[`sections.${i}.title`]}
              onChange={(e) => set(i, { title: e.target.value })}
            />
            <TextField
              label="Hint for people writing"
              fieldClassName="cgp-editor-hint"
              value={s.hint}
              maxLength={200}
              onChange={(e) => set(i, { hint: e.target.value })}
            />
            <button
              type="button"
              className="btn btn-ghost btn-md"
              disabled={config.sections.length <= 2}
              aria-label={`Remove section ${i + 1}: ${s.title}`}
              onClick={() => onChange({ ...config, sections: config.sections.filter((_, j) => j !== i) })}
            >
              Remove
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
            onChange({ ...config, sections: [...config.sections, { id: `s${n}`, title: 'New section', hint: '' }] });
          }}
        >
          Add a section
        </button>
      </fieldset>
      <div className="editor-row">
        <NumberField
          label="Notes per person"
          min={1}
          max={30}
          value={config.notesPerPerson}
          onChange={(notesPerPerson) => onChange({ ...config, notesPerPerson })}
        />
        <NumberField
          label="Dots per person"
          min={1}
          max={20}
          value={config.dotsPerPerson}
          onChange={(dotsPerPerson) => onChange({ ...config, dotsPerPerson })}
        />
        <NumberField
          label="Notes per section on the persona"
          min={1}
          max={6}
          value={config.topPerSection}
          onChange={(topPerSection) => onChange({ ...config, topPerSection })}
        />
      </div>
    </div>
  );
}
