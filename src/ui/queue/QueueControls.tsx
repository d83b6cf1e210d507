// The Queue lab's controls: the common ones, and the fix when these settings cannot run.
import { queueProblem } from '../../core/params/queueParams.ts';
import { Controls } from '../common/Controls.tsx';
import { useLabParams } from '../common/useLabParams.ts';

export function QueueControls() {
  const [params, setQueue] = useLabParams('queue');
  const problem = queueProblem(params);
  return (
    <Controls>
      {problem && (
        <button type="button" className="button" onClick={() => setQueue({ producers: 1, consumers: 1 })}>
          Use 1 producer and 1 consumer
        </button>
      )}
    </Controls>
  );
}
