import './run.css';
import { Trans, useLingui } from '@lingui/react/macro';
import type { RoomInfo } from '../../../shared/room';
import { groupJoinCode, spellJoinCode, svgDataUrl, typedAddress } from './join-code';

export interface JoinPanelProps {
  room: Pick<RoomInfo, 'joinUrl' | 'joinCode' | 'origin' | 'qrSvg'>;
  /** 'full': the whole screen before the start; 'compact': a corner during an activity. */
  variant?: 'full' | 'compact';
  /** 'projector': dark; 'console': light. */
  tone?: 'projector' | 'console';
  headingLevel?: 2 | 3;
  className?: string;
}

/** How phones join: a QR code with the link, or the address plus a six-letter code for people who type. */
export function JoinPanel({ room, variant = 'full', tone = 'projector', headingLevel = 2, className }: JoinPanelProps) {
  const { t } = useLingui();
  const Heading = `h${headingLevel}` as const;
  const address = typedAddress(room.origin);
  const code = groupJoinCode(room.joinCode);
  return (
    <section
      className={['cg-join', `cg-join-${variant}`, `cg-join-${tone}`, className].filter(Boolean).join(' ')}
      aria-label={t`Join on your phone`}
      data-testid="join-panel"
    >
      <div className="cg-join-qr">
        <img src={svgDataUrl(room.qrSvg)} alt={t`QR code: scan it with your phone’s camera to join`} />
      </div>
      <div className="cg-join-text">
        <Heading className="cg-join-title">
          <Trans>Join on your phone</Trans>
        </Heading>
        {variant === 'full' ? (
          <p className="cg-join-step">
            <Trans>Scan the QR code, or open this address:</Trans>
          </p>
        ) : null}
        <p className="cg-join-address" data-testid="join-address">
          {address}
        </p>
        <p className="cg-join-step">{variant === 'full' ? <Trans>and type the code:</Trans> : <Trans>Code</Trans>}</p>
        <p className="cg-join-code" data-testid="join-code">
          <span aria-hidden="true">{code}</span>
          <span className="cg-join-sr">{spellJoinCode(room.joinCode)}</span>
        </p>
      </div>
    </section>
  );
}
