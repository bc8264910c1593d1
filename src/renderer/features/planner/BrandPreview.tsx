import { Trans, useLingui } from '@lingui/react/macro';
import type { CSSProperties } from 'react';
import { accentLook } from '../../../shared/branding';
import { PAPER, PROJECTOR } from '../../../shared/contrast';

/**
 * What the branding will look like, small: the projector's join screen (dark)
 * and the report's cover (white). The accent colours text only where it passes
 * WCAG AA on that background; elsewhere it draws the rule and the bar.
 */
export function BrandPreview({ title, clientName, accent, logoUrl }: { title: string; clientName: string; accent: string | null; logoUrl: string | null }) {
  const { t } = useLingui();
  const onProjector = accentLook(accent, PROJECTOR);
  const onPaper = accentLook(accent, PAPER);
  const vars = (look: ReturnType<typeof accentLook>) =>
    ({ ...(look.decoration ? { '--brand-rule': look.decoration } : {}), ...(look.text ? { '--brand-text': look.text } : {}) }) as CSSProperties;
  const brand = (
    <>
      {logoUrl ? (
        <span className="brand-preview-plate">
          <img src={logoUrl} alt="" />
        </span>
      ) : null}
      {clientName ? <span className="brand-preview-client">{clientName}</span> : null}
    </>
  );
  return (
    <figure className="field brand-preview" aria-label={t`Preview of the branding`}>
      <figcaption className="field-label">
        <Trans>Preview</Trans>
      </figcaption>
      <div className="brand-preview-pair">
        <div className="brand-preview-screen" style={vars(onProjector)} data-testid="preview-projector">
          <span className="brand-preview-bar" aria-hidden="true" />
          <div className="brand-preview-brand">{brand}</div>
          <span className="brand-preview-kicker">
            <Trans>Starting soon</Trans>
          </span>
          <span className="brand-preview-title">{title}</span>
          <span className="brand-preview-where">
            <Trans>Projector</Trans>
          </span>
        </div>
        <div className="brand-preview-paper" style={vars(onPaper)} data-testid="preview-paper">
          <div className="brand-preview-brand">{brand}</div>
          <span className="brand-preview-rule" aria-hidden="true" />
          <span className="brand-preview-title">{title}</span>
          <span className="brand-preview-where">
            <Trans>Report cover</Trans>
          </span>
        </div>
      </div>
    </figure>
  );
}
