import { lazy, type ComponentType } from 'react';

/** React.lazy for a named export (the codebase keeps one named export per file); the props stay typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any: the constraint must accept every props type
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
