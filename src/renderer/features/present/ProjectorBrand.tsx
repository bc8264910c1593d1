import type { CSSProperties } from 'react';
import { useLingui } from '@lingui/react/macro';
import { accentLook, hasBranding } from '../../../shared/branding';
import { PROJECTOR } from '../../../shared/contrast';
import { useLogoUrl } from '../../hooks/use-logo-url';
import type { StageBrand } from './presenter-model';
import './projector-brand.css';

/**
 * The client's logo and name on the projector's welcome and closing screens.
 * The logo sits on a white plate (logos are drawn for white). The accent draws
 * the strip along the top and the rule under the name; it colours the name only
 * when it passes WCAG AA (4.5:1) on the projector's dark background.
 */
export function ProjectorBrand({ brand }: { brand: StageBrand }) {
  const url = useLogoUrl(brand.workshopId, brand.logo);
  const { t } = useLingui();
  const client = brand.clientName;
  if (!hasBranding(brand)) return null;
  const look = accentLook(brand.accent, PROJECTOR);
  const style = { ...(look.decoration ? { '--brand-rule': look.decoration } : {}), ...(look.text ? { '--brand-text': look.text } : {}) } as CSSProperties;
  const ratio = brand.logo ? brand.logo.width / brand.logo.height : 1;
  return (
    <div className="present-brand" style={style} data-testid="projector-brand" data-accent-text={look.text ? 'yes' : 'no'}>
      {look.decoration ? <span className="present-brand-strip" aria-hidden="true" /> : null}
      {brand.logo || brand.clientName ? (
        <div className="present-brand-row">
          {brand.logo ? (
            <span className="present-brand-plate" style={{ '--logo-ratio': ratio } as CSSProperties}>
              {url ? <img src={url} alt={client ? t`${client} logo` : t`Client logo`} data-testid="projector-logo" /> : null}
            </span>
          ) : null}
          {brand.clientName ? <p className="present-brand-client">{brand.clientName}</p> : null}
        </div>
      ) : null}
      {look.decoration ? <span className="present-brand-rule" aria-hidden="true" /> : null}
    </div>
  );
}
