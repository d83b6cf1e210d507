// Node worker_threads entry for engine tests: the browser's scaling worker API over Comlink, or a broken stand-in.
import { expose } from 'comlink';
import { scalingApi } from '../workers/scalingApi.ts';
import { brokenJob, threadEndpoint } from './nodeEndpoint.ts';

const { endpoint, mode } = threadEndpoint();

if (mode === 'real') {
  expose(scalingApi, endpoint);
} else {
  const broken = brokenJob(mode, 'scaling worker');
  expose({ ping: (): 'pong' => 'pong', runCounterPoint: broken, runSharingPoint: broken }, endpoint);
}
