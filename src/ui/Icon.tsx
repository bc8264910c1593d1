import type { SVGProps } from 'react';

// A small inline icon set (no icon font: the app is offline). 16×16, stroke-based.
const PATHS = {
  plus: 'M8 3v10M3 8h10',
  back: 'M10 3 5 8l5 5',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  chevronDown: 'm4 6 4 4 4-4',
  chevronRight: 'm6 4 4 4-4 4',
  copy: 'M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1Z',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.1a1 1 0 0 0 1 .9h3.8a1 1 0 0 0 1-.9l.6-8.1',
  x: 'M4 4l8 8M12 4l-8 8',
  check: 'm3.5 8.5 3 3 6-7',
  alert: 'M8 5.5v3.5M8 11.2v.1M7.1 2.6 1.9 11.8A1 1 0 0 0 2.8 13.3h10.4a1 1 0 0 0 .9-1.5L8.9 2.6a1 1 0 0 0-1.8 0Z',
  info: 'M8 7.5V11M8 5v.1M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0Z',
  clock: 'M8 4.5V8l2.5 1.5M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0Z',
  users:
    'M6 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.5 13.5c.4-2.3 2.2-3.8 4.5-3.8s4.1 1.5 4.5 3.8M10.5 2.7a2.5 2.5 0 0 1 0 4.6M12 9.9c1.3.5 2.2 1.8 2.5 3.6',
  calendar: 'M2.5 4.5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1v-8ZM2.5 7h11M5.5 2v3M10.5 2v3',
  restore: 'M3 8a5 5 0 1 0 1.5-3.5M3 2.5v2.5h2.5',
  pencil: 'M10.5 2.5l3 3-8 8H2.5v-3l8-8Z',
  paste: 'M5.5 2.5h5v2h-5v-2ZM5.5 3.5h-2v10h9v-10h-2M5.5 8h5M5.5 10.5h3',
  cloud: 'M4.5 12.5a3 3 0 0 1-.4-6 4 4 0 0 1 7.7-1 3.5 3.5 0 0 1 .2 7H4.5Z',
  cloudOff: 'M4.5 12.5a3 3 0 0 1-.4-6M6 4.4a4 4 0 0 1 5.8 1.1 3.5 3.5 0 0 1 1.8 6.2M2 2l12 12',
  library: 'M3 2.5h3v11H3v-11ZM7 2.5h3v11H7v-11ZM11 3.2l2.3-.6 2.2 10.4-2.3.6L11 3.2Z',
  note: 'M3.5 2.5h9v11h-9v-11ZM5.5 5.5h5M5.5 8h5M5.5 10.5h3',
  play: 'M5 3.5v9l7-4.5-7-4.5Z',
  pause: 'M5.5 3.5v9M10.5 3.5v9',
  next: 'M4 3.5 9 8l-5 4.5M11.5 3.5v9',
  previous: 'M12 3.5 7 8l5 4.5M4.5 3.5v9',
  lock: 'M4.5 7.5h7v6h-7v-6ZM5.5 7.5V5.5a2.5 2.5 0 0 1 5 0v2',
  unlock: 'M4.5 7.5h7v6h-7v-6ZM5.5 7.5V5.5a2.5 2.5 0 0 1 4.8-1',
  eye: 'M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8ZM8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  eyeOff: 'M2.5 2.5l11 11M6.6 4.1A6 6 0 0 1 8 3.5c4 0 6.5 4.5 6.5 4.5a11 11 0 0 1-1.9 2.4M4.1 5.4A11 11 0 0 0 1.5 8S4 12.5 8 12.5a6 6 0 0 0 2.6-.6',
  monitor: 'M2 3h12v8H2V3ZM6 14h4M8 11v3',
  phone: 'M5 1.5h6v13H5v-13ZM7.5 12.5h1',
  keyboard: 'M1.5 4.5h13v7h-13v-7ZM4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 9.5h6',
  sound: 'M2.5 6v4h2.5l3.5 3V3L5 6H2.5ZM11 5.5a3.5 3.5 0 0 1 0 5',
  mute: 'M2.5 6v4h2.5l3.5 3V3L5 6H2.5ZM11 6l3 4M14 6l-3 4',
  reset: 'M3 8a5 5 0 1 0 1.5-3.5M3 2.5v3h3',
  flag: 'M3.5 14V2.5M3.5 3h8l-1.5 2.5 1.5 2.5h-8',
} as const;

export type IconName = keyof typeof PATHS | 'grip' | 'spinner';

export function Icon({ name, size = 16, ...rest }: { name: IconName; size?: number } & SVGProps<SVGSVGElement>) {
  const common = {
    width: size,
    height: size,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    focusable: false,
    className: `icon icon-${name}`,
    ...rest,
  } as const;
  if (name === 'grip') {
    return (
      <svg {...common} fill="currentColor">
        {[4, 8, 12].flatMap((y) => [6, 10].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.2" />))}
      </svg>
    );
  }
  if (name === 'spinner') {
    return (
      <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
        <path d="M8 2a6 6 0 1 0 6 6" />
      </svg>
    );
  }
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
