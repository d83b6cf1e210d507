// Litmus worker entry: exposes litmusApi over Comlink.
import { expose } from 'comlink';
import { litmusApi } from './litmusApi.ts';

expose(litmusApi);
