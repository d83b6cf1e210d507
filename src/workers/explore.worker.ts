// Explorer worker entry: exposes exploreApi over Comlink.
import { expose } from 'comlink';
import { exploreApi } from './exploreApi.ts';

expose(exploreApi);
