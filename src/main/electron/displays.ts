// Pure choice of where the presenter window goes.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The fields of Electron's Display that the choice needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export type PresenterPlacement =
  { kind: 'external'; displayId: number; bounds: Rect; fullscreen: true } | { kind: 'windowed'; displayId: number; bounds: Rect; fullscreen: false };

export const PRESENTER_WINDOW_SIZE = { width: 1280, height: 720 } as const;

/**
 * With a display other than the primary one (a projector), fill it
 * fullscreen; among several, prefer one that isn't showing the facilitator's
 * main window. Otherwise open a normal window, centred on the primary
 * display's work area and no larger than it.
 */
export function choosePresenterPlacement(displays: readonly DisplayInfo[], primaryId: number, mainWindowDisplayId?: number): PresenterPlacement {
  const external = displays.filter((d) => d.id !== primaryId);
  const target = external.find((d) => d.id !== mainWindowDisplayId) ?? external[0];
  if (target) return { kind: 'external', displayId: target.id, bounds: { ...target.bounds }, fullscreen: true };

  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const area = primary?.workArea ?? { x: 0, y: 0, ...PRESENTER_WINDOW_SIZE };
  const width = Math.min(PRESENTER_WINDOW_SIZE.width, area.width);
  const height = Math.min(PRESENTER_WINDOW_SIZE.height, area.height);
  return {
    kind: 'windowed',
    displayId: primary?.id ?? primaryId,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}
