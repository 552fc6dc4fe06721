/**
 * The face the fake shows to the code under test: every Office.js object wrapped in a JS Proxy that offers exactly the members
 * @types/office-js gives its Excel class, and makes a member above the host's requirement sets fail at sync with ApiNotFound,
 * as a real host does (the JS library always has every member; the host refuses the request). The fake's own code works on
 * the unwrapped objects.
 */
import { ClientObject, FakeOfficeError, FakeRequestContext, OP_OVERHEAD } from './fakeExcelApi';
import { OFFICE_JS_TYPINGS_VERSION } from './excelApiMembers.generated';
import { apiNotFoundMessage, hostHas, memberOf } from './requirements';

type Raw = ClientObject<unknown> | FakeRequestContext;

/** Keys that are no Office.js member but that JavaScript itself, `await` and Jest ask any object for. */
const LANGUAGE_KEYS = new Set([
  'then',
  'constructor',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'toString',
  'valueOf',
  'inspect',
]);

const wrappers = new WeakMap<object, object>();
const raws = new WeakMap<object, Raw>();

function isRaw(value: unknown): value is Raw {
  return value instanceof ClientObject || value instanceof FakeRequestContext;
}

function contextOf(raw: Raw): FakeRequestContext {
  return raw instanceof FakeRequestContext ? raw : raw.context;
}

/** Queues a statement the host refuses at sync, when it lacks `requirement`. */
function gate(raw: Raw, requirement: string | null, what: string): void {
  const context = contextOf(raw);
  if (hostHas(context.model.options, requirement)) return;
  context.queue({
    describe: what,
    requestBytes: OP_OVERHEAD,
    run: () => {
      throw new FakeOfficeError('ApiNotFound', apiNotFoundMessage(what, requirement), what);
    },
  });
}

function unknownMember(apiClass: string, key: string): TypeError {
  return new TypeError(
    `Excel.${apiClass} has no member '${key}' in @types/office-js ${OFFICE_JS_TYPINGS_VERSION}: real Excel offers no such thing.`,
  );
}

/** The wrapped face of a fake object (the same wrapper every time); an array of them (`items`) element by element; other values as they are. */
export function strict<T>(value: T): T {
  if (Array.isArray(value)) return (value.some(isRaw) ? value.map((v: unknown) => strict(v)) : value) as T;
  if (!isRaw(value)) return value;
  const known = wrappers.get(value);
  if (known) return known as T;
  const raw: Raw = value;
  const wrapper = new Proxy(raw, {
    get(target, key) {
      if (typeof key === 'symbol' || LANGUAGE_KEYS.has(key)) {
        const own = Reflect.get(target, key, target) as unknown;
        return typeof own === 'function' && key !== 'constructor' ? (own as (...a: unknown[]) => unknown).bind(target) : own;
      }
      const member = memberOf(target.apiClass, key);
      if (!member || member.kind === 'enumValue') throw unknownMember(target.apiClass, key);
      if (!(key in target))
        throw new TypeError(`The fake Excel does not implement Excel.${target.apiClass}.${key} yet (test/fake-excel/fakeExcelApi.ts).`);
      const what = `${target.apiClass}.${key}`;
      if (member.kind === 'method') {
        const fn = Reflect.get(target, key, target) as unknown;
        if (typeof fn !== 'function') throw new TypeError(`The fake's ${what} is no method, but the typings say it is one.`);
        return (...args: unknown[]) => {
          gate(target, member.call, `${what}()`);
          return strict((fn as (...a: unknown[]) => unknown).apply(target, args.map(unwrap)));
        };
      }
      const got = Reflect.get(target, key, target) as unknown;
      if (isRaw(got)) gate(target, member.get, what);
      return strict(got);
    },
    set(target, key, value: unknown) {
      if (typeof key === 'symbol') return Reflect.set(target, key, value, target);
      const member = memberOf(target.apiClass, key);
      if (!member) throw unknownMember(target.apiClass, key);
      if (member.kind !== 'property' || member.readonly)
        throw new TypeError(`Excel.${target.apiClass}.${key} is read-only in @types/office-js.`);
      const setter = findSetter(target, key);
      if (!setter) throw new TypeError(`The fake Excel does not implement setting Excel.${target.apiClass}.${key} yet.`);
      gate(target, member.set, `${target.apiClass}.${key}=`);
      setter.call(target, unwrap(value));
      return true;
    },
  });
  wrappers.set(raw, wrapper);
  raws.set(wrapper, raw);
  return wrapper as T;
}

/** The fake object behind a wrapper (arguments the code under test hands back, e.g. a range to freeze at). */
export function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.some((v) => typeof v === 'object' && v !== null && raws.has(v)) ? value.map(unwrap) : value;
  if (typeof value === 'object' && value !== null) return raws.get(value) ?? value;
  return value;
}

function findSetter(target: object, key: string): ((v: unknown) => void) | undefined {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d.set ?? (d.writable ? (v: unknown) => void ((target as Record<string, unknown>)[key] = v) : undefined);
  }
  return undefined;
}
