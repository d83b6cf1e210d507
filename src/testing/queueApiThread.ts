// Node worker_threads entry for engine tests: the browser's queue worker API over Comlink, or a broken stand-in.
import { expose } from 'comlink';
import { queueApi } from '../workers/queueApi.ts';
import { brokenJob, threadEndpoint, type ThreadMode } from './nodeEndpoint.ts';

export type QueueThreadMode = ThreadMode;

const { endpoint, mode } = threadEndpoint();

if (mode === 'real') {
  expose(queueApi, endpoint);
} else {
  const broken = brokenJob(mode, 'queue worker');
  expose({ ping: (): 'pong' => 'pong', runProducer: broken, runConsumer: broken, runMessageProducer: broken, runMessageConsumer: broken }, endpoint);
}
