import { useLingui } from '@lingui/react/macro';
import { TextField } from '../../ui/TextField';
import type { EditorProps } from '../kit/editor';
import type { BreakConfig } from './definition';

export function BreakEditor({ config, onChange, errors = {} }: EditorProps<BreakConfig>) {
  const { t } = useLingui();
  return (
    <div className="editor-grid">
      <TextField
        label={t`Message on the screen`}
        value={config.message}
        maxLength={200}
        error={errors.message}
        placeholder={t`Back in a few minutes`}
        onChange={(e) => onChange({ ...config, message: e.target.value })}
      />
    </div>
  );
}
