/** The support page, written from the locale: every text a user reads comes from `src/core/locales`. */
import type { Lang, Locale } from '../core';

/**
 * Fills `doc` with the support page in `lang`: what Seuranta does, the Excel versions it works in and what degrades
 * where, the messages it may show (the same texts the pane and the ribbon command use), and where to turn; links to the
 * other languages (`?lang=`).
 * @example renderSupportPage(document, getLocale('sv'), 'sv', { fi: getLocale('fi'), sv: getLocale('sv'), en: getLocale('en') })
 */
export function renderSupportPage(doc: Document, locale: Locale, lang: Lang, all: Readonly<Record<Lang, Locale>>): void {
  const s = locale.support;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const list = (items: readonly string[]): HTMLUListElement => {
    const ul = el('ul');
    ul.append(...items.map((text) => el('li', text)));
    return ul;
  };
  const others = el('nav');
  others.setAttribute('aria-label', s.otherLanguages);
  for (const other of Object.keys(all) as Lang[]) {
    if (other === lang) continue;
    const link = el('a', all[other].support.title);
    link.href = `?lang=${other}`;
    link.lang = other;
    others.append(link, doc.createTextNode(' '));
  }
  const main = el('main');
  main.append(
    el('h1', s.title),
    el('p', s.intro),
    el('h2', s.versionsHeading),
    list(s.versions),
    el('h2', s.messagesHeading),
    list(Object.values(locale.ui.errors)),
    el('h2', s.helpHeading),
    el('p', s.help),
  );
  doc.documentElement.lang = lang;
  doc.title = s.title;
  doc.body.replaceChildren(others, main);
}
