/** A chip's colours from the palette, as the variables `useChipStyles` reads. */
import { tokens } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import type { StatusStyle } from '../core';
import { readableTextColour } from './readableTextColour';

/**
 * The palette's fill and border; the text darkened or lightened until it reads on the fill, and on an outlined chip (no fill
 * of its own) the theme's text colour, so it reads in the dark theme too.
 * @example chipColours(STATUS_PALETTE.unknown) //=> { '--chip-fill': 'transparent', '--chip-text': 'var(--colorNeutralForeground1)', '--chip-border': '#7030A0' }
 */
export function chipColours(style: StatusStyle): CSSProperties {
  return {
    '--chip-fill': style.fill ?? 'transparent',
    '--chip-text': style.fill === null ? tokens.colorNeutralForeground1 : readableTextColour(style.fontColor, style.fill),
    '--chip-border': style.outline ?? style.fill ?? 'transparent',
    textDecoration: style.strike ? 'line-through' : undefined,
  } as CSSProperties;
}
