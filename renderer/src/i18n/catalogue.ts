/**
 * The shape a second language must fill: the same keys, a string for every string and a function of
 * the same parameters for every function. A missing or extra key in an English catalogue is a type
 * error (and catalogue.test.ts names it).
 */
export type Catalogue<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Catalogue<R>
    : { readonly [K in keyof T]: Catalogue<T[K]> };
