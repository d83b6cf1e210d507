// Queue worker entry: exposes queueApi over Comlink.
import { expose } from 'comlink';
import { queueApi } from './queueApi.ts';

expose(queueApi);
