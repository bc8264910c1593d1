import { useEffect, useRef, useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { TextArea } from '../../ui/TextField';
import type { EditorProps } from '../kit/editor';
import type { SlideConfig } from './definition';
import { ImagePicker } from './ImagePicker';

export function SlideEditor({ config, onChange, errors = {}, language }: EditorProps<SlideConfig>) {
  const { t } = useLingui();
  const joined = config.bullets.join('\n');
  const [bullets, setBullets] = useState(joined);
  const last = useRef(joined);
  useEffect(() => {
    if (joined !== last.current) {
      last.current = joined;
      setBullets(joined);
    }
  }, [joined]);
  return (
    <div className="editor-grid">
      <TextArea
        label={t`What you will say or show`}
        value={config.text}
        rows={3}
        maxLength={2000}
        error={errors.text}
        placeholder={t`A short paragraph shown above the points`}
        onChange={(e) => onChange({ ...config, text: e.target.value })}
      />
      <TextArea
        label={t`Bullet points`}
        hint={t`One per line, up to 12.`}
        value={bullets}
        rows={4}
        error={errors.bullets}
        onChange={(e) => {
          setBullets(e.target.value);
          const next = e.target.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          last.current = next.join('\n');
          onChange({ ...config, bullets: next });
        }}
      />
      <ImagePicker image={config.image} language={language} onChange={(image) => onChange({ ...config, image })} />
    </div>
  );
}
