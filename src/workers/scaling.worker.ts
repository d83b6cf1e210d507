// Scaling worker entry: exposes scalingApi over Comlink.
import { expose } from 'comlink';
import { scalingApi } from './scalingApi.ts';

expose(scalingApi);
