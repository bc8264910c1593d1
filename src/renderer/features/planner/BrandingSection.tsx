import { useEffect, useId, useRef, useState } from 'react';
import { formatBytes, type LogoInfo } from '../../../shared/branding';
import { accentUse, PAPER, PROJECTOR } from '../../../shared/contrast';
import { useApp } from '../../app/store-context';
import { AutoTextField } from '../../components/AutoField';
import { Button } from '../../../ui/Button';
import { useLogoUrl } from '../../hooks/use-logo-url';
import { BrandPreview } from './BrandPreview';
import { BrandDefaultControls } from './BrandDefaultControls';
import { readLogoFile } from './read-logo-file';
import './branding.css';

/** The colour picker's starting point while the workshop has no accent: the app's own. */
const APP_ACCENT = '#4338ca';

/** Branding in the workshop details: client name, logo, accent colour with its contrast verdict, a preview, and the default for new workshops. */
export function BrandingSection() {
  const w = useApp((s) => s.planner.detail!.workshop);
  const nameError = useApp((s) => s.planner.fieldErrors['workshop.clientName']);
  const update = useApp((s) => s.updateWorkshop);
  const logoUrl = useLogoUrl(w.id, w.logo);

  return (
    <section className="span-2 branding" aria-labelledby="branding-heading">
      <h3 id="branding-heading" className="branding-heading">
        Branding
      </h3>
      <p className="field-hint branding-intro">On the report’s cover and page headers, and on the projector’s join screen.</p>
      <AutoTextField
        label="Client name"
        value={w.clientName}
        onCommit={(clientName) => update({ clientName })}
        error={nameError}
        placeholder="e.g. Northwind Traders"
        maxLength={120}
        autoComplete="organization"
      />
      <LogoField workshopId={w.id} logo={w.logo} url={logoUrl} />
      <AccentField accent={w.accent} />
      <BrandPreview title={w.title} clientName={w.clientName} accent={w.accent} logoUrl={logoUrl} />
      <BrandDefaultControls workshop={w} />
    </section>
  );
}

const TYPE_NAME: Record<LogoInfo['mime'], string> = { 'image/png': 'PNG', 'image/svg+xml': 'SVG' };
const describeLogo = (logo: LogoInfo) =>
  `${TYPE_NAME[logo.mime]}, ${Math.round(logo.width)} × ${Math.round(logo.height)}${logo.mime === 'image/png' ? ' pixels' : ''}, ${formatBytes(logo.bytes)}`;

function LogoField({ workshopId, logo, url }: { workshopId: string; logo: LogoInfo | null; url: string | null }) {
  const setLogo = useApp((s) => s.setWorkshopLogo);
  const clearLogo = useApp((s) => s.clearWorkshopLogo);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => setError(null), [workshopId]);

  async function pick(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const read = await readLogoFile(file);
    const problem = 'error' in read ? read.error : await setLogo(read.base64);
    setBusy(false);
    setError(problem);
  }

  return (
    <div className={`field branding-logo${error ? ' field-invalid' : ''}`} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <span id={`${id}-label`} className="field-label">
        Logo
      </span>
      <div className="branding-logo-row">
        <div className="branding-logo-frame">
          {logo && url ? (
            <img src={url} alt="The workshop’s logo" data-testid="planner-logo" />
          ) : (
            <span className="branding-logo-none">{logo ? 'Loading…' : 'No logo'}</span>
          )}
        </div>
        <div className="branding-logo-actions">
          <Button size="sm" icon="up" busy={busy} onClick={() => input.current?.click()}>
            {logo ? 'Replace logo…' : 'Choose logo…'}
          </Button>
          {logo ? (
            <Button size="sm" variant="ghost" icon="trash" onClick={() => (setError(null), void clearLogo())}>
              Remove logo
            </Button>
          ) : null}
        </div>
      </div>
      <input
        ref={input}
        type="file"
        accept="image/png,image/svg+xml,.png,.svg"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Logo file (PNG or SVG)"
        data-testid="logo-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again after fixing it
          void pick(file);
        }}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p id={`${id}-hint`} className="field-hint">
        {logo ? describeLogo(logo) : 'PNG or SVG, up to 512 KB. A wide logo on a transparent or white background works best.'}
      </p>
    </div>
  );
}

/** "1a6b8f" or "#1A6B8F" → "#1a6b8f"; anything else is left for the contract to refuse. */
const normaliseHex = (v: string) => {
  const t = v.trim();
  return /^[0-9a-f]{6}$/i.test(t) ? `#${t}` : t;
};

function AccentField({ accent }: { accent: string | null }) {
  const update = useApp((s) => s.updateWorkshop);
  const error = useApp((s) => s.planner.fieldErrors['workshop.accent']);
  const id = useId();
  const paper = accent ? accentUse(accent, PAPER) : null;
  const projector = accent ? accentUse(accent, PROJECTOR) : null;
  return (
    <div className="field branding-accent" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        Accent colour
      </span>
      <div className="branding-accent-row">
        <input
          type="color"
          className="branding-swatch"
          aria-label="Pick the accent colour"
          value={accent ?? APP_ACCENT}
          onChange={(e) => update({ accent: e.target.value })}
        />
        <AutoTextField
          label="Accent colour as hex"
          hideLabel
          value={accent ?? ''}
          placeholder="#1a6b8f"
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          error={error}
          fieldClassName="branding-hex"
          onCommit={(v) => update({ accent: v.trim() === '' ? null : normaliseHex(v) })}
        />
        {accent ? (
          <Button size="sm" variant="ghost" onClick={() => update({ accent: null })}>
            No accent colour
          </Button>
        ) : null}
      </div>
      {paper && projector ? (
        <ul className="branding-verdicts" data-testid="accent-verdicts">
          <li className={paper.forText ? 'is-text' : 'is-decoration'}>
            <span className="branding-where">Report (white):</span> {paper.verdict}
          </li>
          <li className={projector.forText ? 'is-text' : 'is-decoration'}>
            <span className="branding-where">Projector (dark):</span> {projector.verdict}
          </li>
        </ul>
      ) : (
        <p className="field-hint">No accent colour: the report and the projector use their own colours.</p>
      )}
    </div>
  );
}
