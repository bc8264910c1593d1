import './run.css';
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
  const Heading = `h${headingLevel}` as const;
  const address = typedAddress(room.origin);
  const code = groupJoinCode(room.joinCode);
  return (
    <section
      className={['cg-join', `cg-join-${variant}`, `cg-join-${tone}`, className].filter(Boolean).join(' ')}
      aria-label="Join on your phone"
      data-testid="join-panel"
    >
      <div className="cg-join-qr">
        <img src={svgDataUrl(room.qrSvg)} alt="QR code: scan it with your phone's camera to join" />
      </div>
      <div className="cg-join-text">
        <Heading className="cg-join-title">Join on your phone</Heading>
        {variant === 'full' ? <p className="cg-join-step">Scan the QR code, or open this address:</p> : null}
        <p className="cg-join-address" data-testid="join-address">
          {address}
        </p>
        <p className="cg-join-step">{variant === 'full' ? 'and type the code:' : 'Code'}</p>
        <p className="cg-join-code" data-testid="join-code">
          <span aria-hidden="true">{code}</span>
          <span className="cg-join-sr">{spellJoinCode(room.joinCode)}</span>
        </p>
      </div>
    </section>
  );
}
