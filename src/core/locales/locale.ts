/** The shape every language's data follows: Finnish is the reference, the others must match it. */
import { fi } from './fi';
import { sv } from './sv';
import { en } from './en';
import type { Lang } from '../schema/report';

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Locale = Widen<typeof fi>;
export type MessageKey = keyof Locale['messages'];

export const LOCALES: Readonly<Record<Lang, Locale>> = { fi, sv, en };
