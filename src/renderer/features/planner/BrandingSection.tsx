import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useId, useRef, useState } from 'react';
import type { LogoInfo } from '../../../shared/branding';
import { accentUse, PAPER, PROJECTOR, relativeLuminance } from '../../../shared/contrast';
import { useApp } from '../../app/store-context';
import { AutoTextField } from '../../components/AutoField';
import { Button } from '../../../ui/Button';
import { useLogoUrl } from '../../hooks/use-logo-url';
import { BrandPreview } from './BrandPreview';
import { BrandDefaultControls } from './BrandDefaultControls';
import { readLogoFile } from './read-logo-file';
import { formatFileSize } from './words';
import './branding.css';

/** The colour picker's starting point while the workshop has no accent: the app's own. */
const APP_ACCENT = '#4338ca';

/** Branding in the workshop details: client name, logo, accent colour with its contrast verdict, a preview, and the default for new workshops. */
export function BrandingSection() {
  const w = useApp((s) => s.planner.detail!.workshop);
  const nameError = useApp((s) => s.planner.fieldErrors['workshop.clientName']);
  const update = useApp((s) => s.updateWorkshop);
  const logoUrl = useLogoUrl(w.id, w.logo);
  const { t } = useLingui();

  return (
    <section className="span-2 branding" aria-labelledby="branding-heading">
      <h3 id="branding-heading" className="branding-heading">
        <Trans>Branding</Trans>
      </h3>
      <p className="field-hint branding-intro">
        <Trans>On the report’s cover and page headers, and on the projector’s join screen.</Trans>
      </p>
      <AutoTextField
        label={t`Client name`}
        value={w.clientName}
        onCommit={(clientName) => update({ clientName })}
        error={nameError}
        placeholder={t`e.g. Northwind Traders`}
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

/** "PNG, 600 × 200 pixels, 12 KB" / "SVG, 120 × 40, 3 KB". */
function describeLogo(i18n: I18n, logo: LogoInfo): string {
  const width = i18n.number(Math.round(logo.width));
  const height = i18n.number(Math.round(logo.height));
  const size = formatFileSize(i18n, logo.bytes);
  return logo.mime === 'image/png' ? i18n._(msg`PNG, ${width} × ${height} pixels, ${size}`) : i18n._(msg`SVG, ${width} × ${height}, ${size}`);
}

function LogoField({ workshopId, logo, url }: { workshopId: string; logo: LogoInfo | null; url: string | null }) {
  const setLogo = useApp((s) => s.setWorkshopLogo);
  const clearLogo = useApp((s) => s.clearWorkshopLogo);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const { t, i18n } = useLingui();
  useEffect(() => setError(null), [workshopId]);

  async function pick(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const read = await readLogoFile(i18n, file);
    const problem = 'error' in read ? read.error : await setLogo(read.base64);
    setBusy(false);
    setError(problem);
  }

  return (
    <div className={`field branding-logo${error ? ' field-invalid' : ''}`} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <span id={`${id}-label`} className="field-label">
        <Trans>Logo</Trans>
      </span>
      <div className="branding-logo-row">
        <div className="branding-logo-frame">
          {logo && url ? (
            <img src={url} alt={t`The workshop’s logo`} data-testid="planner-logo" />
          ) : (
            <span className="branding-logo-none">{logo ? <Trans>Loading…</Trans> : <Trans>No logo</Trans>}</span>
          )}
        </div>
        <div className="branding-logo-actions">
          <Button size="sm" icon="up" busy={busy} onClick={() => input.current?.click()}>
            {logo ? <Trans>Replace logo…</Trans> : <Trans>Choose logo…</Trans>}
          </Button>
          {logo ? (
            <Button size="sm" variant="ghost" icon="trash" onClick={() => (setError(null), void clearLogo())}>
              <Trans>Remove logo</Trans>
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
        aria-label={t`Logo file (PNG or SVG)`}
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
        {logo ? describeLogo(i18n, logo) : <Trans>PNG or SVG, up to 512 KB. A wide logo on a transparent or white background works best.</Trans>}
      </p>
    </div>
  );
}

/** "1a6b8f" or "#1A6B8F" → "#1a6b8f"; anything else is left for the contract to refuse. */
const normaliseHex = (v: string) => {
  const t = v.trim();
  return /^[0-9a-f]{6}$/i.test(t) ? `#${t}` : t;
};

/** "Used for text: 5.2:1" or "Too light for text (2.1:1): used for lines and bars only", in the interface language. */
function verdictOf(i18n: I18n, accent: string, background: string): { forText: boolean; verdict: string } {
  const { ratio, forText } = accentUse(accent, background);
  // Never rounded up past what it is: 4.49 is "4.4:1", not "4.5:1".
  const shown = i18n.number(Math.floor(ratio * 10 + 1e-9) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (forText) return { forText, verdict: i18n._(msg`Used for text: ${shown}:1`) };
  // Darker than the background (on paper) it needs to be darker still: it is too light; lighter (on the projector): too dark.
  const tooLight = relativeLuminance(accent) <= relativeLuminance(background);
  return {
    forText,
    verdict: tooLight
      ? i18n._(msg`Too light for text (${shown}:1): used for lines and bars only`)
      : i18n._(msg`Too dark for text (${shown}:1): used for lines and bars only`),
  };
}

function AccentField({ accent }: { accent: string | null }) {
  const update = useApp((s) => s.updateWorkshop);
  const error = useApp((s) => s.planner.fieldErrors['workshop.accent']);
  const id = useId();
  const { t, i18n } = useLingui();
  const paper = accent ? verdictOf(i18n, accent, PAPER) : null;
  const projector = accent ? verdictOf(i18n, accent, PROJECTOR) : null;
  return (
    <div className="field branding-accent" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        <Trans>Accent colour</Trans>
      </span>
      <div className="branding-accent-row">
        <input
          type="color"
          className="branding-swatch"
          aria-label={t`Pick the accent colour`}
          value={accent ?? APP_ACCENT}
          onChange={(e) => update({ accent: e.target.value })}
        />
        <AutoTextField
          label={t`Accent colour as hex`}
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
            <Trans>No accent colour</Trans>
          </Button>
        ) : null}
      </div>
      {paper && projector ? (
        <ul className="branding-verdicts" data-testid="accent-verdicts">
          <li className={paper.forText ? 'is-text' : 'is-decoration'}>
            <span className="branding-where">
              <Trans>Report (white):</Trans>
            </span>{' '}
            {paper.verdict}
          </li>
          <li className={projector.forText ? 'is-text' : 'is-decoration'}>
            <span className="branding-where">
              <Trans>Projector (dark):</Trans>
            </span>{' '}
            {projector.verdict}
          </li>
        </ul>
      ) : (
        <p className="field-hint">
          <Trans>No accent colour: the report and the projector use their own colours.</Trans>
        </p>
      )}
    </div>
  );
}
