// Names in footprints that outlive one state, for the reduced search's cache: an object is named
// `o<id>` along one path of the search, but a state reached again on another path holds other
// copies with other ids. The state key numbers objects in the order it reaches them, the same for
// every state with that key, so a summary stored under the key names them by that number instead.
// Concurrency contract: single-threaded; reads a state's objects (assigns ids to unnamed ones only).
import { objectId, PyObject } from '../values/types.ts';
import type { Footprint } from './footprint.ts';

const OBJECT = /^o(\d+)$/;
const CANONICAL = /^#(\d+)$/;

function rename(f: Footprint, name: (on: string) => string): Footprint {
  if (f.touches.length === 0) return f;
  return { all: f.all, readAll: f.readAll, touches: f.touches.map((t) => ({ on: name(t.on), key: t.key, write: t.write })) };
}

/**
 * Renaming between a state's object ids and its key's numbering (`objects`: keyObjects of the
 * state). An object the state does not reach (made later in a subtree) keeps a name no state's
 * object has: nothing before the state can have touched it.
 */
export function canonicalNames(objects: readonly object[]): { readonly to: (f: Footprint) => Footprint; readonly from: (f: Footprint) => Footprint } {
  const index = new Map<number, number>();
  objects.forEach((o, i) => {
    if (o instanceof PyObject && o.pyId !== 0) index.set(o.pyId, i);
  });
  return {
    to: (f) =>
      rename(f, (on) => {
        const id = OBJECT.exec(on);
        if (id === null) return on;
        const at = index.get(Number(id[1]));
        return at === undefined ? `x${id[1]}` : `#${at}`;
      }),
    from: (f) =>
      rename(f, (on) => {
        const at = CANONICAL.exec(on);
        if (at === null) return on;
        const o = objects[Number(at[1])];
        // Never touched on this path (else it would carry the id it was named by): a fresh id is as good.
        return o instanceof PyObject ? `o${objectId(o)}` : `x${on}`;
      }),
  };
}
