/** Every language's data by its code. */
import { fi } from './fi';
import { sv } from './sv';
import { en } from './en';
import type { Lang } from '../schema/report';
import type { Locale } from './localeType';

export type { Locale, MessageKey } from './localeType';

export const LOCALES: Readonly<Record<Lang, Locale>> = { fi, sv, en };
