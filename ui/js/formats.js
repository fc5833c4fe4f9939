// Intl's answers for the overview, kept from one run to the next.
//
// The page's first Intl object makes JavaScriptCore load its locale tables,
// about 12 ms on the first screen's path: its largest single cost. Yet the
// overview asks Intl only a few things (its dates, the country's name, plural
// categories, small numbers), the same each time it opens. So the answers are
// kept in the page's storage, and the first screen reads them instead. Each
// answer is Intl's own, for this engine and language: nothing here formats
// anything itself. What is not kept is asked of Intl as before, and kept for
// the next run once the first screen is drawn.

const KEPT = 'meta-optout.formats';
// Plural categories and numbers are kept for 0 to 999; others ask Intl.
const UP_TO = 1000;
const LETTER = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
const CATEGORY = Object.fromEntries(Object.entries(LETTER).map(([c, l]) => [l, c]));
// Dates kept at most: the overview shows a few dozen.
const MAX_DATES = 200;
// After a week the first screen still reads the kept answers, and Intl is
// asked again once it is drawn: the system's ICU can be updated under the
// same WebKit.
const RECHECK_MS = 7 * 24 * 60 * 60 * 1000;

// { engine, checked: ms, locale, plurals: 'oxx…', digits: bool, dates: {iso: text}, regions: {code: text} }
let kept = read();
// This run's dates (each with how to ask Intl for it) and whether anything
// had to be asked of Intl; `drawn` once the first screen is on screen, after
// which a miss is kept at once.
const dates = new Map();
let missed = false;
let drawn = false;
let regionCodes = [];

function engine() {
  return navigator.userAgent;
}

// What was kept, if it is whole and of this engine; anything else (another
// WebKit, a damaged or edited entry) is dropped and asked of Intl again.
function read() {
  try {
    const k = JSON.parse(localStorage.getItem(KEPT) ?? 'null');
    const texts = (o) => o && typeof o === 'object' && !Array.isArray(o) && Object.values(o).every((v) => typeof v === 'string');
    if (k && typeof k === 'object' && k.engine === engine() && typeof k.locale === 'string' && Number.isFinite(k.checked)
      && typeof k.plurals === 'string' && k.plurals.length === UP_TO && [...k.plurals].every((l) => l in CATEGORY)
      && typeof k.digits === 'boolean' && texts(k.dates) && texts(k.regions)) return k;
  } catch {
    // Unreadable: start afresh.
  }
  return null;
}

function keptFor(tag) {
  return kept?.locale === tag ? kept : null;
}

function miss(tag) {
  if (missed || tag !== current) return;
  missed = true;
  if (drawn) setTimeout(keep, 0);
}

// The language the window is in, whose answers are kept (set by i18n.js).
let current = null;
export function useLocale(tag) {
  if (tag === current) return;
  current = tag;
  dates.clear();
  const k = keptFor(tag);
  if (!k || !(Math.abs(Date.now() - k.checked) < RECHECK_MS)) miss(tag);
}

const intl = new Map(); // `${kind}/${tag}` -> Intl object, made when first needed
function made(kind, tag, make) {
  const key = `${kind}/${tag}`;
  if (!intl.has(key)) intl.set(key, make());
  return intl.get(key);
}

// A calendar date as Intl writes it in `tag`; `format` asks Intl.
export function keptDate(tag, iso, format) {
  if (tag === current && dates.size < MAX_DATES) dates.set(iso, format);
  const text = keptFor(tag)?.dates[iso];
  if (text !== undefined) return text;
  miss(tag);
  return format();
}

// Intl's country names in `tag`, made once for the page.
export function regionNames(tag) {
  return made('regions', tag, () => new Intl.DisplayNames([tag], { type: 'region' }));
}

// A country's name in `tag`, or undefined if it has to be asked of Intl.
export function keptRegion(tag, code) {
  const text = keptFor(tag)?.regions[code];
  if (text === undefined) miss(tag);
  return text;
}

// Plural rules and a number format for Fluent: kept answers for whole
// numbers from 0 to 999, Intl for the rest.
function plurals(tag) {
  return {
    select(n) {
      const k = keptFor(tag);
      if (k && Number.isInteger(n) && n >= 0 && n < UP_TO) return CATEGORY[k.plurals[n]];
      return made('plurals', tag, () => new Intl.PluralRules(tag)).select(n);
    },
  };
}

function numbers(tag) {
  return {
    format(n) {
      if (keptFor(tag)?.digits && Number.isInteger(n) && n >= 0 && n < UP_TO) return String(n);
      return made('numbers', tag, () => new Intl.NumberFormat(tag)).format(n);
    },
  };
}

// Fluent asks Intl for plural categories and plain numbers through a table
// of Intl objects it keeps per language (`_intls`, by constructor and
// options); these stand in for the two it makes without options. A bundle of
// another shape is left as it is, to ask Intl itself.
export function seedBundle(bundle, tag) {
  const table = bundle._intls;
  if (!(table instanceof Map) || table.has(Intl.PluralRules) || table.has(Intl.NumberFormat)) return;
  table.set(Intl.PluralRules, { '{}': plurals(tag) });
  table.set(Intl.NumberFormat, { '{}': numbers(tag) });
}

// Called once the first screen is drawn, with the countries the catalog
// knows: if anything had to be asked of Intl, keep this run's answers.
export function firstScreenDrawn(codes) {
  drawn = true;
  regionCodes = codes.filter((c) => !c.includes('-'));
  if (missed) setTimeout(keep, 0);
}

function keep() {
  const tag = current;
  if (!tag || !missed) return;
  missed = false;
  try {
    const rules = made('plurals', tag, () => new Intl.PluralRules(tag));
    const number = made('numbers', tag, () => new Intl.NumberFormat(tag));
    let letters = '';
    let digits = true;
    for (let n = 0; n < UP_TO; n += 1) {
      letters += LETTER[rules.select(n)] ?? 'x';
      if (digits && number.format(n) !== String(n)) digits = false;
    }
    const names = regionNames(tag);
    const regions = {};
    for (const code of regionCodes) {
      const name = names.of(code);
      if (name) regions[code] = name;
    }
    const shown = Object.fromEntries([...dates].map(([iso, format]) => [iso, format()]));
    kept = { engine: engine(), checked: Date.now(), locale: tag, plurals: letters, digits, dates: shown, regions };
    localStorage.setItem(KEPT, JSON.stringify(kept));
  } catch {
    // Storage full or unavailable: the next run asks Intl again.
  }
}
