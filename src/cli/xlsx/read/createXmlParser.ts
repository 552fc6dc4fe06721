/** The XML parser behind scanXmlPart: plain XML scanned directly, anything else handed to saxes. */
import { SaxesParser } from 'saxes';
import { WorkbookUnreadable } from './workbookUnreadable';

/** An element as the parser gives it: the name keeps its prefix (`x:c`), see localName. */
export interface XmlTag {
  name: string;
  attributes: Readonly<Record<string, string>>;
}

/** What a reader of a part does with its elements, text (CDATA included) and end tags. */
export interface XmlHandlers {
  open(tag: XmlTag): void;
  text?(text: string): void;
  close?(tag: XmlTag): void;
}

/** Takes a part's text a piece at a time, in order; `close` once at its end. */
export interface XmlParser {
  write(text: string): void;
  close(): void;
}

/** Characters the direct scan leaves to saxes: those XML forbids, and surrogates. */
const LEFT_TO_SAXES = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** The XML declaration as spreadsheet applications write it (version 1.0; saxes reads 1.1 by other rules). */
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/y;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const WHITESPACE_ONLY = /^[ \t\r\n]*$/;
/** XML reads a line end written `\r\n` or `\r` as `\n`. */
const CARRIAGE_RETURN = /\r\n?/g;
/** A text or tag left unfinished at the end of a piece is kept for the next; one this long goes to saxes instead. */
const LONGEST_KEPT = 1 << 20;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const QUESTION = 0x3f;

/**
 * Attribute maps with no `Object.prototype` behind them, as saxes gives (`attributes.constructor` is undefined and an
 * attribute named `__proto__` is an attribute), yet in V8's fast mode: saxes's `Object.create(null)` per element made
 * dictionaries, a fifth of all a 100 000-row report allocated.
 */
const AttributeMap = function AttributeMap() {} as unknown as new () => Record<string, string>;
AttributeMap.prototype = Object.create(null) as Record<string, string>;

/** Where the scan stopped in a piece: at `at`, either waiting for more text or handing the rest to saxes. */
interface Stop {
  at: number;
  toSaxes: boolean;
}

/**
 * A parser for one part that calls `handlers` exactly as saxes (`xmlns: false`) would, and refuses what saxes refuses.
 * The XML spreadsheet applications write (elements, attributes, text with the five named and numeric references) is
 * scanned directly; at the first thing beyond it (a comment, CDATA, a processing instruction, a DOCTYPE, a line end in an
 * attribute, a name that is not ASCII, an odd reference or character, anything not well-formed) the rest of the part goes
 * to saxes, primed with the elements still open, and saxes has the final word. A DOCTYPE throws
 * `WorkbookUnreadable('doctype')`, XML that is not well-formed `WorkbookUnreadable('damagedPart')`.
 * @example createXmlParser('xl/worksheets/sheet1.xml', { open: (tag) => console.log(tag.name, tag.attributes.r) }).write('<c r="B7" t="s">') // logs "c B7"
 */
export function createXmlParser(part: string, handlers: XmlHandlers): XmlParser {
  const { open, text: onText, close: onClose } = handlers;
  /** Elements open, outermost first. */
  const stack: XmlTag[] = [];
  let saxes: SaxesParser<{ xmlns: false; position: false }> | null = null;
  /** What was read before the root element: given to saxes again should it take over there. */
  let prolog = '';
  const prologTexts: string[] = [];
  let rootSeen = false;
  let rootDone = false;
  /** The unfinished end of the last piece, and whether it is text (so holds no `<`). */
  let kept = '';
  let keptIsText = false;

  function handOver(rest: string): void {
    const parser = newSaxes(part);
    if (!rootSeen) {
      rest = prolog + rest;
      prolog = '';
      prologTexts.length = 0;
    } else if (rootDone) {
      parser.write('<r/>');
    } else {
      parser.write(stack.map((tag) => `<${tag.name}>`).join(''));
    }
    parser.on('opentag', open);
    if (onText) {
      parser.on('text', onText);
      parser.on('cdata', onText);
    }
    if (onClose) parser.on('closetag', onClose);
    saxes = parser;
    kept = '';
    parser.write(rest);
  }

  function emitText(written: string): boolean {
    if (written.includes(']]>')) return false;
    const raw = written.includes('\r') ? written.replace(CARRIAGE_RETURN, '\n') : written;
    if (!rootSeen || rootDone) {
      if (!WHITESPACE_ONLY.test(raw)) return false;
      // saxes skips whitespace that opens the document, and gives the rest outside the root as text.
      if (rootDone) onText?.(raw);
      else if (prolog !== '') prologTexts.push(raw);
      return true;
    }
    const decoded = decodeReferences(raw);
    if (decoded === null) return false;
    onText?.(decoded);
    return true;
  }

  function openRoot(): void {
    rootSeen = true;
    prolog = '';
    for (const t of prologTexts) onText?.(t);
    prologTexts.length = 0;
  }

  /** Scans `s` from `from` (where the kept text ends, when it is text) through every complete token. */
  function scan(s: string, from: number): Stop {
    let i = 0;
    const n = s.length;
    let searchFrom = from;
    while (i < n) {
      if (s.charCodeAt(i) !== LT) {
        const lt = s.indexOf('<', searchFrom);
        if (lt === -1) return { at: i, toSaxes: false };
        const text = s.slice(i, lt);
        if (!emitText(text)) return { at: i, toSaxes: true };
        if (!rootSeen) prolog += text;
        i = lt;
        continue;
      }
      if (i + 1 >= n) return { at: i, toSaxes: false };
      const next = s.charCodeAt(i + 1);
      const end =
        next === SLASH ? closeTag(s, i) : next === QUESTION && i === 0 && !rootSeen && prolog === '' ? declaration(s) : openTag(s, i);
      if (end < 0) return { at: i, toSaxes: end === TO_SAXES };
      i = end;
      searchFrom = i;
    }
    return { at: i, toSaxes: false };
  }

  function declaration(s: string): number {
    const match = DECLARATION.exec(s);
    if (match !== null) {
      prolog += match[0];
      return match[0].length;
    }
    return s.includes('?>') || s.length > 1024 ? TO_SAXES : WAIT;
  }

  function closeTag(s: string, i: number): number {
    const top = stack[stack.length - 1];
    if (top === undefined) return TO_SAXES;
    const nameEnd = i + 2 + top.name.length;
    if (nameEnd >= s.length) return WAIT;
    if (!s.startsWith(top.name, i + 2)) return TO_SAXES;
    const j = afterSpaces(s, nameEnd);
    if (j >= s.length) return WAIT;
    if (s.charCodeAt(j) !== GT) return TO_SAXES;
    stack.pop();
    if (stack.length === 0) rootDone = true;
    onClose?.(top);
    return j + 1;
  }

  function openTag(s: string, i: number): number {
    const nameEnd = nameEndAt(s, i + 1);
    if (nameEnd === i + 1 || rootDone) return TO_SAXES;
    const attributes = new AttributeMap();
    let j = nameEnd;
    for (;;) {
      const spaceStart = j;
      j = afterSpaces(s, j);
      if (j >= s.length) return WAIT;
      const c = s.charCodeAt(j);
      if (c === GT || c === SLASH) break;
      if (j === spaceStart) return TO_SAXES;
      const attributeEnd = readAttribute(s, j, attributes);
      if (attributeEnd < 0) return attributeEnd;
      j = attributeEnd;
    }
    const selfClosing = s.charCodeAt(j) === SLASH;
    if (selfClosing) {
      if (j + 1 >= s.length) return WAIT;
      if (s.charCodeAt(j + 1) !== GT) return TO_SAXES;
    }
    if (!rootSeen) openRoot();
    const tag: XmlTag = { name: s.slice(i + 1, nameEnd), attributes };
    open(tag);
    if (selfClosing) {
      if (stack.length === 0) rootDone = true;
      onClose?.(tag);
      return j + 2;
    }
    stack.push(tag);
    return j + 1;
  }

  return {
    write(piece) {
      if (saxes !== null) {
        saxes.write(piece);
        return;
      }
      if (piece === '') return;
      const s = kept + piece;
      if (LEFT_TO_SAXES.test(piece)) {
        handOver(s);
        return;
      }
      const stop = scan(s, keptIsText ? kept.length : 0);
      if (stop.toSaxes || s.length - stop.at > LONGEST_KEPT) {
        handOver(s.slice(stop.at));
        return;
      }
      kept = s.slice(stop.at);
      keptIsText = kept !== '' && kept.charCodeAt(0) !== LT;
    },
    close() {
      if (saxes === null && kept !== '' && rootDone && emitText(kept)) kept = '';
      if (saxes === null && (kept !== '' || !rootDone)) handOver(kept);
      saxes?.close();
    },
  };
}

const WAIT = -1;
const TO_SAXES = -2;

/** Reads `name="value"` at `j` into `attributes`; the index after it, or WAIT / TO_SAXES. */
function readAttribute(s: string, j: number, attributes: Record<string, string>): number {
  const nameEnd = nameEndAt(s, j);
  if (nameEnd === j) return TO_SAXES;
  const equals = afterSpaces(s, nameEnd);
  if (equals >= s.length) return WAIT;
  if (s.charCodeAt(equals) !== EQUALS) return TO_SAXES;
  const k = afterSpaces(s, equals + 1);
  if (k >= s.length) return WAIT;
  const quote = s.charCodeAt(k);
  if (quote !== QUOTE && quote !== APOSTROPHE) return TO_SAXES;
  let valueEnd = k + 1;
  let references = false;
  for (; ; valueEnd++) {
    if (valueEnd >= s.length) return WAIT;
    const c = s.charCodeAt(valueEnd);
    if (c === quote) break;
    // Tabs and line ends in a value become spaces by XML's normalisation, which saxes applies.
    if (c === LT || c === 0x09 || c === 0x0a || c === 0x0d) return TO_SAXES;
    if (c === AMPERSAND) references = true;
  }
  const name = s.slice(j, nameEnd);
  if (attributes[name] !== undefined) return TO_SAXES;
  const raw = s.slice(k + 1, valueEnd);
  const value = references ? decodeReferences(raw) : raw;
  if (value === null) return TO_SAXES;
  attributes[name] = value;
  return valueEnd + 1;
}

/** Where an ASCII XML name starting at `i` ends (`i` itself when none starts there). */
function nameEndAt(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (!(isLetter(first) || first === 0x5f)) return i;
  let j = i + 1;
  for (;;) {
    const c = s.charCodeAt(j);
    if (isLetter(c) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e) j++;
    else return j;
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** The index of the first character at or after `i` that is not XML whitespace (`s.length` when none is). */
function afterSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/** `raw` with its references decoded, or null when an `&` starts none that the direct scan knows. */
function decodeReferences(raw: string): string | null {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(raw);
    if (match === null) return null;
    const [whole, named, decimal, hex] = match;
    const char = named !== undefined ? NAMED[named] : characterOf(decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex ?? '', 16));
    if (char === undefined || char === null) return null;
    out += raw.slice(from, amp) + char;
    from = amp + whole.length;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** The character of a numeric reference, or null for a code point XML 1.0 does not allow. */
function characterOf(code: number): string | null {
  const allowed =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : null;
}

function newSaxes(part: string): SaxesParser<{ xmlns: false; position: false }> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new WorkbookUnreadable('doctype', { part });
  });
  parser.on('error', () => {
    throw new WorkbookUnreadable('damagedPart', { part });
  });
  return parser;
}
