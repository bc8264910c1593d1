// A soft two-note chime made with Web Audio: no sound file to ship or load.
let context: AudioContext | null = null;

export function playChime(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    const start = ctx.currentTime + 0.02;
    for (const [i, freq] of [659.25, 880].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const t = start + i * 0.22;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.18, t + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 1.25);
    }
  } catch {
    // No audio device: the visual warning still shows.
  }
}

const KEY = 'cg.sound';
export const soundOn = (): boolean => localStorage.getItem(KEY) !== 'off';
export const setSoundOn = (on: boolean): void => localStorage.setItem(KEY, on ? 'on' : 'off');
