// Python lab worker entry: exposes pythonApi over Comlink.
import { expose } from 'comlink';
import { pythonApi } from './pythonApi.ts';

expose(pythonApi);
