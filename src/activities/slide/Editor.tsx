import { useEffect, useRef, useState } from 'react';
import { TextArea } from '../../ui/TextField';
import type { EditorProps } from '../kit/editor';
import type { SlideConfig } from './definition';
import { ImagePicker } from './ImagePicker';

export function SlideEditor({ config, onChange, errors = {} }: EditorProps<SlideConfig>) {
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
        label="What you will say or show"
        value={config.text}
        rows={3}
        maxLength={2000}
        error={errors.text}
        placeholder="A short paragraph shown above the points"
        onChange={(e) => onChange({ ...config, text: e.target.value })}
      />
      <TextArea
        label="Bullet points"
        hint="One per line, up to 12."
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
      <ImagePicker image={config.image} onChange={(image) => onChange({ ...config, image })} />
    </div>
  );
}
