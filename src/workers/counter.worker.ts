// Counter worker entry: exposes counterApi over Comlink.
import { expose } from 'comlink';
import { counterApi } from './counterApi.ts';

expose(counterApi);
