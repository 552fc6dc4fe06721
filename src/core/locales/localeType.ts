/** The shape every language's data follows: Finnish is the reference, the others must match it. */
import type { fi } from './fi';

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Locale = Widen<typeof fi>;
export type MessageKey = keyof Locale['messages'];
