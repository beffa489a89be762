/**
 * The end-of-rest chime. Browsers only let a page make sound after a gesture, so the audio
 * context is created (or resumed) from the tap that ticks a set, and the chime plays later.
 */
let context: AudioContext | undefined;

export function unlockChime(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
}

/** Two short rising beeps; silent when no gesture has unlocked audio yet. */
export function playChime(): void {
  const audio = context;
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  [880, 1320].forEach((frequency, i) => beep(audio, frequency, start + i * 0.18));
}

function beep(audio: AudioContext, frequency: number, at: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + 0.18);
}

/** A buzz where the device can (Android; iOS Safari has no vibration). */
export function vibrate(): void {
  navigator.vibrate?.([200, 100, 200]);
}
