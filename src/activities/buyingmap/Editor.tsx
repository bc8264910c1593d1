import { useState } from 'react';
import type { MessageDescriptor } from '@lingui/core';
import { msg, ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { NumberField, PromptField, type EditorProps } from '../kit/editor';
import { TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { DecimalField } from '../kit/fields';
import { inLocale } from '../localized';
import { NEW_NAMES } from '../new-names';
import { OWNERS, type BuyingMapConfig, type Owner, type Segment, type Stage } from './definition';
import './buyingmap.css';

const OWNER_WORDS: Readonly<Record<Owner, MessageDescriptor>> = { marketing: msg`Marketing`, sales: msg`Sales`, shared: msg`Shared` };
const freshId = (taken: string[], prefix: string) => {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
};

export function BuyingMapEditor({ config, onChange, errors = {}, language }: EditorProps<BuyingMapConfig>) {
  const { t, i18n } = useLingui();
  const ownerOptions = OWNERS.map((o) => ({ value: o, label: i18n._(OWNER_WORDS[o]) }));
  const newName = inLocale(NEW_NAMES, language);
  const [segId, setSegId] = useState(config.segments[0]?.id ?? '');
  const segIndex = Math.max(
    0,
    config.segments.findIndex((s) => s.id === segId),
  );
  const seg = config.segments[segIndex]!;
  const setSeg = (next: Segment) => onChange({ ...config, segments: config.segments.map((s, i) => (i === segIndex ? next : s)) });
  const setStage = (i: number, patch: Partial<Stage>) => setSeg({ ...seg, stages: seg.stages.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <div className="editor-grid">
      <PromptField value={config.prompt} error={errors.prompt} onChange={(prompt) => onChange({ ...config, prompt })} />
      <div className="editor-row">
        <Select
          label={t`Segment`}
          value={seg.id}
          onChange={(e) => setSegId(e.target.value)}
          options={config.segments.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextField label={t`Segment name`} value={seg.name} maxLength={60} onChange={(e) => setSeg({ ...seg, name: e.target.value })} />
        <button
          type="button"
          className="btn btn-secondary btn-md cgb-editor-btn"
          disabled={config.segments.length >= 4}
          onClick={() => {
            const id = freshId(
              config.segments.map((s) => s.id),
              'seg',
            );
            onChange({ ...config, segments: [...config.segments, { id, name: newName.segment, stages: structuredClone(seg.stages) }] });
            setSegId(id);
          }}
        >
          <Trans>Add a segment (copy of this one)</Trans>
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-md cgb-editor-btn"
          disabled={config.segments.length <= 1}
          onClick={() => {
            const rest = config.segments.filter((s) => s.id !== seg.id);
            onChange({ ...config, segments: rest });
            setSegId(rest[0]!.id);
          }}
        >
          <Trans>Remove this segment</Trans>
        </button>
      </div>
      {errors.segments ? <p className="field-error">{errors.segments}</p> : null}
      <ol className="cgb-editor-stages">
        {seg.stages.map((s, i) => (
          <li key={s.id} className="cgb-editor-stage">
            <div className="editor-row">
              <TextField
                label={t`Stage ${ph({ n: i18n.number(i + 1) })}`}
                value={s.name}
                maxLength={60}
                onChange={(e) => setStage(i, { name: e.target.value })}
              />
              <Select label={t`Owner`} value={s.owner} options={ownerOptions} onChange={(e) => setStage(i, { owner: e.target.value as Stage['owner'] })} />
              <DecimalField
                label={t`Typical days`}
                optional
                min={0}
                max={1000}
                step="1"
                value={s.days}
                onChange={(days) => setStage(i, { days: days === null ? null : Math.round(days) })}
              />
              <label className="cgb-inline-check">
                <input
                  type="checkbox"
                  checked={s.handoff}
                  onChange={(e) =>
                    setSeg({ ...seg, stages: seg.stages.map((x, j) => ({ ...x, handoff: j === i ? e.target.checked : e.target.checked ? false : x.handoff })) })
                  }
                />{' '}
                <Trans>Hand-off to sales here</Trans>
              </label>
            </div>
            <div className="editor-row">
              <TextField
                label={t`Buyer’s goal`}
                fieldClassName="cgb-editor-wide"
                value={s.goal}
                maxLength={200}
                onChange={(e) => setStage(i, { goal: e.target.value })}
              />
              <TextField
                label={t`Touchpoints`}
                fieldClassName="cgb-editor-wide"
                value={s.touchpoints}
                maxLength={200}
                onChange={(e) => setStage(i, { touchpoints: e.target.value })}
              />
              <TextField
                label={t`Content used`}
                fieldClassName="cgb-editor-wide"
                value={s.content}
                maxLength={200}
                onChange={(e) => setStage(i, { content: e.target.value })}
              />
            </div>
            <div className="editor-row">
              <button
                type="button"
                className="btn btn-ghost btn-md"
                disabled={i === 0}
                onClick={() => setSeg({ ...seg, stages: seg.stages.map((x, j) => (j === i - 1 ? seg.stages[i]! : j === i ? seg.stages[i - 1]! : x)) })}
                aria-label={t`Move ${ph({ stage: s.name })} earlier`}
              >
                ↑ <Trans>Earlier</Trans>
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-md"
                disabled={i === seg.stages.length - 1}
                onClick={() => setSeg({ ...seg, stages: seg.stages.map((x, j) => (j === i + 1 ? seg.stages[i]! : j === i ? seg.stages[i + 1]! : x)) })}
                aria-label={t`Move ${ph({ stage: s.name })} later`}
              >
                ↓ <Trans>Later</Trans>
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-md"
                disabled={seg.stages.length <= 2}
                onClick={() => setSeg({ ...seg, stages: seg.stages.filter((_, j) => j !== i) })}
                aria-label={t`Remove ${ph({ item: s.name })}`}
              >
                <Trans>Remove</Trans>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn btn-secondary btn-md cgb-editor-btn"
        disabled={seg.stages.length >= 8}
        onClick={() =>
          setSeg({
            ...seg,
            stages: [
              ...seg.stages,
              {
                id: freshId(
                  seg.stages.map((s) => s.id),
                  'st',
                ),
                name: newName.stage,
                goal: '',
                touchpoints: '',
                owner: 'shared',
                content: '',
                days: null,
                handoff: false,
              },
            ],
          })
        }
      >
        <Trans>Add a stage</Trans>
      </button>
      <div className="editor-row">
        {config.markers.map((m, i) => (
          <TextField
            key={m.id}
            label={t`Marker ${ph({ n: i18n.number(i + 1) })}`}
            value={m.text}
            maxLength={40}
            onChange={(e) => onChange({ ...config, markers: config.markers.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
          />
        ))}
        <NumberField label={t`Markers per person`} min={1} max={30} value={config.maxMarkers} onChange={(maxMarkers) => onChange({ ...config, maxMarkers })} />
      </div>
    </div>
  );
}
