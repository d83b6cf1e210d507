// The Queue lab's controls: the common ones, and the fix when these settings cannot run.
import { queueProblem } from '../../core/params/queueParams.ts';
import { useStore } from '../../state/store.ts';
import { Controls } from '../common/Controls.tsx';

export function QueueControls() {
  const params = useStore((s) => s.queue);
  const setQueue = useStore((s) => s.setQueue);
  const problem = queueProblem(params);
  return (
    <Controls problem={problem}>
      {problem && (
        <button type="button" className="button" onClick={() => setQueue({ producers: 1, consumers: 1 })}>
          Use 1 producer and 1 consumer
        </button>
      )}
    </Controls>
  );
}
