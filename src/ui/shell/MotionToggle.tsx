// "Reduce motion": freezes the motion in the live views (the numbers keep updating). Pressed from the
// start when the system asks for reduced motion; the learner's choice is kept on this device.
import { useStore } from '../../state/store.ts';
import { useReducedMotion } from '../common/useReducedMotion.ts';

export function MotionToggle() {
  const paused = useReducedMotion();
  const setMotion = useStore((s) => s.setMotion);
  return (
    <button
      type="button"
      className="button small ghost motion-toggle"
      aria-pressed={paused}
      title={paused ? 'The live view shows each state without motion; numbers still update' : 'Stop the motion in the live view'}
      onClick={() => setMotion(paused ? 'playing' : 'paused')}
    >
      Reduce motion
    </button>
  );
}
