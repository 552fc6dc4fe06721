/** Entry of the support page: the language from `?lang=`, else the browser's, else Finnish. */
import { getLocale, type Lang } from '../core';
import { renderSupportPage } from './renderSupportPage';

const asked = (new URLSearchParams(window.location.search).get('lang') ?? navigator.language).slice(0, 2).toLowerCase();
const lang: Lang = asked === 'sv' || asked === 'en' ? asked : 'fi';
renderSupportPage(document, getLocale(lang), lang, { fi: getLocale('fi'), sv: getLocale('sv'), en: getLocale('en') });
