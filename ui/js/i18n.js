// The window's words in the person's language, with Project Fluent: plural
// rules and selectors live in the .ftl files, dates come from Intl. Every
// message falls back to English one by one, so a missing translation shows
// English, never a blank.

// The package's single-file build: one request instead of nine. It is a
// UMD script, so it leaves its exports on `globalThis.FluentBundle`.
import '../vendor/fluent-bundle/index.js';
import { useLocale, keptDate, keptRegion, regionNames, seedBundle } from './formats.js';

const { FluentBundle, FluentResource } = globalThis.FluentBundle;

export const SOURCE = 'en';
export const PSEUDO = 'en-XA';

const bundles = new Map(); // `${locale}/${file}` -> FluentBundle
let current = SOURCE;
let known = [SOURCE];

export function locale() {
  return current;
}

// The language tag for Intl and the page's `lang`.
function intlTag(code) {
  return code === PSEUDO ? SOURCE : code;
}

// The locale to use for a requested tag: exact, then by language (de-AT ->
// de, pt-PT -> pt-BR), else English. Mirrors the app's own negotiation.
export function negotiate(tag, offered = known) {
  if (!tag) return SOURCE;
  const clean = String(tag).split(/[.@]/)[0].replace('_', '-');
  if (clean.toLowerCase() === PSEUDO.toLowerCase()) return PSEUDO;
  const exact = offered.find((l) => l.toLowerCase() === clean.toLowerCase());
  if (exact) return exact;
  const language = clean.split('-')[0].toLowerCase();
  return offered.find((l) => l.split('-')[0] === language) ?? SOURCE;
}

export function setKnownLocales(codes) {
  known = [...codes];
}

// The pseudo-locale: accented, vowels doubled, about 40% longer than English,
// so clipping and untranslated strings show in every screen.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'];
export function pseudo(text) {
  let out = '';
  let count = 0;
  for (const c of text) {
    const i = PLAIN.indexOf(c);
    const a = i >= 0 ? ACCENTED[i] : c;
    const doubled = 'aeiouAEIOU'.includes(c);
    out += doubled ? a + a : a;
    count += doubled ? 2 : 1;
  }
  // At least 40% longer than the English, brackets included, as the app's
  // own pseudo-locale for guide texts.
  const target = Math.ceil([...text].length * 1.4);
  while (count + 2 < target) {
    out += '~';
    count += 1;
  }
  return out;
}

// Each file is fetched and parsed once, even when asked for twice at once
// (English beneath English).
const loading = new Map(); // same keys -> Promise<FluentBundle>
function loadBundle(code, file) {
  const key = `${code}/${file}`;
  if (!loading.has(key)) loading.set(key, readBundle(code, file).then((bundle) => {
    bundles.set(key, bundle);
    return bundle;
  }));
  return loading.get(key);
}

async function readBundle(code, file) {
  const source = code === PSEUDO ? SOURCE : code;
  let text = '';
  try {
    const response = await fetch(`locales/${source}/${file}.ftl`);
    if (response.ok) text = await response.text();
  } catch {
    // A missing file means English for every message of it.
  }
  const bundle = new FluentBundle(intlTag(code), {
    useIsolating: false,
    transform: code === PSEUDO ? pseudo : (s) => s,
  });
  seedBundle(bundle, intlTag(code));
  const errors = bundle.addResource(parse(`${source}/${file}`, text));
  for (const e of errors) console.warn(`locales/${source}/${file}.ftl: ${e}`);
  return bundle;
}

// Fluent's parser, run by the interpreter, takes about 3 ms for the
// window's words, on the first screen's path at every start. So the parsed
// messages are kept in the page's storage beside the text they were parsed
// from, and used again while the file is that same text: an updated file, or
// a kept entry that is damaged or not of the expected shape, is parsed anew.
const PARSED = 'meta-optout.words.';

function isPattern(p) {
  return typeof p === 'string' || Array.isArray(p);
}

function keptMessages(name, text) {
  try {
    const k = JSON.parse(localStorage.getItem(name) ?? 'null');
    if (!k || k.text !== text || !Array.isArray(k.body)) return null;
    for (const m of k.body) {
      if (!m || typeof m.id !== 'string' || !(m.value === null || isPattern(m.value))
        || !m.attributes || typeof m.attributes !== 'object' || !Object.values(m.attributes).every(isPattern)) return null;
      // As the parser makes them: attributes without a prototype.
      m.attributes = Object.assign(Object.create(null), m.attributes);
    }
    return k.body;
  } catch {
    return null;
  }
}

function parse(key, text) {
  const name = PARSED + key;
  const body = keptMessages(name, text);
  if (body) {
    const resource = Object.create(FluentResource.prototype);
    resource.body = body;
    return resource;
  }
  const resource = new FluentResource(text);
  // Written in a task of its own, usually while the page waits for its data:
  // only a first start, or one after the file changed, pays for it.
  setTimeout(() => {
    try {
      localStorage.setItem(name, JSON.stringify({ text, body: resource.body }));
    } catch {
      // Storage full or unavailable: the next start parses again.
    }
  }, 0);
  return resource;
}

// Loads the app's words for `code`, and English beneath them. Every offered
// locale has every message of the window (a test sees to it), so English is
// only a safety net there: it is read after, off the first screen's path.
export async function setLocale(code) {
  const chosen = negotiate(code);
  await loadBundle(chosen, 'app');
  if (chosen !== SOURCE) loadBundle(SOURCE, 'app');
  current = chosen;
  useLocale(intlTag(chosen));
  document.documentElement.lang = intlTag(chosen);
  return chosen;
}

// Loads letter texts for a locale (asked for only when a letter is shown).
export async function loadLetters(code) {
  await Promise.all([loadBundle(SOURCE, 'letters'), loadBundle(code, 'letters')]);
}

function format(code, file, id, args, attr) {
  for (const c of code === SOURCE ? [SOURCE] : [code, SOURCE]) {
    const bundle = bundles.get(`${c}/${file}`);
    const message = bundle?.getMessage(id);
    const pattern = attr ? message?.attributes?.[attr] : message?.value;
    if (!pattern) continue;
    const errors = [];
    const text = bundle.formatPattern(pattern, args, errors);
    if (errors.length === 0) return c === PSEUDO ? `[${text}]` : text;
    console.warn(`${c}/${file}: ${id}: ${errors.join('; ')}`);
  }
  // Only reached for an id missing in English too, or missing in another
  // language before its English is read: bugs the key tests catch, shown
  // readably rather than blank.
  return id.replace(/-/g, ' ');
}

// Whether the window has a message `id`.
export function has(id) {
  return [current, SOURCE].some((c) => bundles.get(`${c}/app`)?.hasMessage(id));
}

// A message of the window in the current locale.
export function t(id, args = {}) {
  return format(current, 'app', id, args, null);
}

// An attribute of a message (e.g. `.aria-label`).
export function tAttr(id, attr, args = {}) {
  return format(current, 'app', id, args, attr);
}

// A letter in a given locale (after `loadLetters`).
export function letter(code, id, args = {}) {
  return format(code, 'letters', id, args, null);
}

// Formats in the local time zone. A `timeZone` option would cost more than
// it gives: JavaScriptCore checks its name against every zone ICU knows,
// one by one, on the first screen's path.
const dateFormats = new Map();
function dateFormat(tag) {
  if (!dateFormats.has(tag)) dateFormats.set(tag, new Intl.DateTimeFormat(tag, { dateStyle: 'long' }));
  return dateFormats.get(tag);
}

// A calendar date (YYYY-MM-DD) as the locale writes it, e.g. "12 March 2026".
// Taken at local noon, which falls on that calendar day in every time zone
// and on every daylight-saving change. Anything else is shown as it is.
export function formatDate(iso, code = current) {
  if (!iso) return '';
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
  if (!parts) return String(iso);
  const [year, month, day] = parts.slice(1).map(Number);
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day);
  if (d.getMonth() !== month - 1 || d.getDate() !== day) return String(iso);
  const tag = intlTag(code);
  return keptDate(tag, parts[0], () => dateFormat(tag).format(d));
}

// A country's name in the current language (Intl knows them all); the
// catalog's English name when Intl does not.
export function regionName(code, fallback) {
  if (code.includes('-')) return fallback;
  try {
    const tag = intlTag(current);
    const kept = keptRegion(tag, code);
    if (kept !== undefined) return kept;
    return regionNames(tag).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

// A language's name, in the current language (for "In German").
export function languageName(code) {
  try {
    return new Intl.DisplayNames([intlTag(current)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// Static text in the page: elements with `data-l10n-id` get their message;
// `data-l10n-attr` names an attribute to fill instead of the text.
export function translatePage(root = document) {
  for (const el of root.querySelectorAll('[data-l10n-id]')) {
    const id = el.dataset.l10nId;
    const attr = el.dataset.l10nAttr;
    if (attr) el.setAttribute(attr, tAttr(id, attr));
    else el.textContent = t(id);
  }
}
