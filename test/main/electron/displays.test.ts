import { describe, expect, it } from 'vitest';
import { choosePresenterPlacement, type DisplayInfo } from '../../../src/main/electron/displays';
import { presenterUrl } from '../../../src/main/electron/presenter-url';

const display = (id: number, x: number, y: number, width: number, height: number, menuBar = 0): DisplayInfo => ({
  id,
  bounds: { x, y, width, height },
  workArea: { x, y: y + menuBar, width, height: height - menuBar },
});

const laptop = display(1, 0, 0, 1920, 1080, 40);
const projector = display(2, 1920, 0, 1280, 800);
const tv = display(3, -3840, 0, 3840, 2160);

describe('choosePresenterPlacement', () => {
  it('goes fullscreen on the external display', () => {
    expect(choosePresenterPlacement([laptop, projector], 1)).toEqual({
      kind: 'external',
      displayId: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 800 },
      fullscreen: true,
    });
  });
  it('finds the external display whatever its position in the list', () => {
    expect(choosePresenterPlacement([projector, laptop], 1).displayId).toBe(2);
  });
  it('treats the laptop as external when the projector is primary', () => {
    const placement = choosePresenterPlacement([laptop, projector], 2);
    expect(placement).toMatchObject({ kind: 'external', displayId: 1, fullscreen: true });
  });
  it('prefers an external display that is not showing the main window', () => {
    expect(choosePresenterPlacement([laptop, projector, tv], 1, 2).displayId).toBe(3);
    expect(choosePresenterPlacement([laptop, projector, tv], 1, 3).displayId).toBe(2);
  });
  it('still uses the only external display when the main window is on it', () => {
    expect(choosePresenterPlacement([laptop, projector], 1, 2)).toMatchObject({ kind: 'external', displayId: 2 });
  });
  it('opens a centred normal window on a single display', () => {
    expect(choosePresenterPlacement([laptop], 1)).toEqual({
      kind: 'windowed',
      displayId: 1,
      bounds: { x: 320, y: 40 + 160, width: 1280, height: 720 },
      fullscreen: false,
    });
  });
  it('shrinks the window to a small work area', () => {
    const small = display(7, 100, 50, 1024, 600);
    expect(choosePresenterPlacement([small], 7)).toEqual({
      kind: 'windowed',
      displayId: 7,
      bounds: { x: 100, y: 50, width: 1024, height: 600 },
      fullscreen: false,
    });
  });
  it('copes with an empty display list', () => {
    const placement = choosePresenterPlacement([], 1);
    expect(placement.kind).toBe('windowed');
    expect(placement.bounds).toMatchObject({ width: 1280, height: 720 });
  });
  it('does not hand out the display object itself', () => {
    const placement = choosePresenterPlacement([laptop, projector], 1);
    expect(placement.bounds).not.toBe(projector.bounds);
  });
});

describe('presenterUrl', () => {
  it('builds the presenter route on the app origin', () => {
    expect(presenterUrl('w_123')).toBe('app://common-ground/index.html#/present/w_123');
  });
  it('encodes anything that could change the route', () => {
    expect(presenterUrl('a/../b?x#y')).toBe('app://common-ground/index.html#/present/a%2F..%2Fb%3Fx%23y');
  });
  it('refuses empty, overlong and non-string ids', () => {
    expect(presenterUrl('')).toBeNull();
    expect(presenterUrl('x'.repeat(65))).toBeNull();
    expect(presenterUrl(12)).toBeNull();
    expect(presenterUrl(undefined)).toBeNull();
  });
});
