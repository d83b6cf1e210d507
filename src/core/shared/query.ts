// The slice of URLSearchParams that core uses, declared here so that core needs no DOM types.
// Browsers and Node both provide the real class globally.

export interface Query {
  get(name: string): string | null;
  set(name: string, value: string): void;
  keys(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  toString(): string;
}

declare const URLSearchParams: new (init?: string | Record<string, string>) => Query;

export function parseQuery(search: string): Query {
  return new URLSearchParams(search);
}

export function makeQuery(init: Record<string, string> = {}): Query {
  return new URLSearchParams(init);
}
