// The profile form: the first-run screen ("where do I start?"), editing a
// profile, and adding another. One short form: country (and, where the
// catalog has them, its state or Land), apps, device, a name; on first run,
// the language too.

import { h, clear } from './dom.js';
import { t, regionName, locale } from './i18n.js';
import { state } from './state.js';

const PLATFORM_ORDER = ['facebook', 'instagram', 'whatsapp', 'messenger', 'threads'];

// The longest profile name the record takes, counted in characters as the
// core counts them (an emoji is one), so that nothing typed is ever cut.
const MAX_NAME = 80;
const length = (text) => [...text].length;

// What is being typed, kept across re-renders (a language switch redraws
// the form) and errors, until it is saved or cancelled.
let form = null;

export function startForm(mode, profile) {
  form = {
    mode,
    id: profile?.id ?? null,
    name: profile?.name ?? (mode === 'first' ? t('field-profile-name-default') : ''),
    // The suggested name follows a language switch until the person types one.
    suggested: mode === 'first' ? t('field-profile-name-default') : null,
    country: (profile?.region ?? '').split('-')[0],
    subdivision: profile?.region?.includes('-') ? profile.region : '',
    platforms: new Set(profile?.platforms ?? []),
    account: profile?.account ?? '',
    device: state.device,
  };
}

export function formMode() {
  return form?.mode ?? null;
}

export function countryOptions() {
  const countries = state.catalog.regions.filter((r) => !r.code.includes('-'))
    .map((r) => ({ code: r.code, name: regionName(r.code, r.name) }));
  return countries.sort((a, b) => a.name.localeCompare(b.name, locale()));
}

// The subdivisions the catalog lists for a country (US states, German
// Länder), by their own names.
function subdivisionOptions(country) {
  if (!country) return [];
  return state.catalog.regions.filter((r) => r.code.startsWith(`${country}-`))
    .map((r) => ({ code: r.code, name: r.name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale()));
}

// The label and the "not chosen" choice of a country's subdivision field:
// named for the country where the words differ (a US state, a German Land).
function subdivisionWords(country) {
  const kind = ['US', 'DE'].includes(country) ? country.toLowerCase() : 'other';
  return { label: t(`field-subdivision-${kind}`), none: t(`field-subdivision-${kind}-none`) };
}

export function languageSelect(id, value, onChange, extra = []) {
  const select = h('select', { id, onchange: (e) => onChange(e.target.value) },
    extra,
    state.catalog.locales.map((l) => h('option', { value: l.id, lang: l.id }, l.name)));
  select.value = value;
  return select;
}

// Draws the form into `el`. `actions.submit(values)` saves and resolves to
// true on success; `actions.cancel()` leaves; `actions.language(code)`
// switches the app's language (first run only).
export function renderProfileForm(el, actions) {
  clear(el);
  const f = form;
  const first = f.mode === 'first';
  if (f.suggested !== null && f.name === f.suggested) {
    f.name = t('field-profile-name-default');
    f.suggested = f.name;
  }
  const title = first ? t('welcome-title') : f.mode === 'edit' ? t('profile-edit-title', { name: f.name }) : t('profile-new-title');

  const errors = h('div', { id: 'profile-errors', class: 'form-errors', tabindex: '-1', hidden: true });
  const country = h('select', { id: 'country', name: 'country', 'aria-describedby': 'country-error', onchange: (e) => {
    f.country = e.target.value;
    f.subdivision = '';
    fillSubdivisions();
    refreshErrors();
  } },
  h('option', { value: '' }, t('field-country-choose')),
  countryOptions().map((r) => h('option', { value: r.code }, r.name)));
  country.value = f.country;
  const subdivision = h('select', { id: 'subdivision', name: 'subdivision', onchange: (e) => { f.subdivision = e.target.value; } });
  const subdivisionLabel = h('label', { for: 'subdivision' });
  const stateRow = h('div', { class: 'field' }, subdivisionLabel, subdivision);
  // Redrawn when the country changes: the US asks for a state, Germany for
  // a Land, a country without subdivisions in the catalog for nothing.
  function fillSubdivisions() {
    const options = subdivisionOptions(f.country);
    const words = subdivisionWords(f.country);
    stateRow.hidden = options.length === 0;
    subdivisionLabel.textContent = words.label;
    subdivision.replaceChildren(h('option', { value: '' }, words.none),
      ...options.map((r) => h('option', { value: r.code }, r.name)));
    subdivision.value = f.subdivision;
  }
  fillSubdivisions();

  const platforms = h('fieldset', { id: 'platforms', 'aria-describedby': 'platforms-hint' },
    h('legend', {}, t('field-platforms')),
    h('p', { id: 'platforms-hint', class: 'hint' }, t('field-platforms-hint')),
    h('div', { class: 'choices' }, PLATFORM_ORDER.map((id) => {
      const p = state.catalog.platforms.find((x) => x.id === id);
      if (!p) return null;
      const box = h('input', { type: 'checkbox', name: 'platform', value: id, onchange: (e) => {
        if (e.target.checked) f.platforms.add(id); else f.platforms.delete(id);
        refreshErrors();
      } });
      box.checked = f.platforms.has(id);
      return h('label', { class: 'check' }, box, h('span', {}, p.name));
    })));

  const devices = h('fieldset', { id: 'devices' },
    h('legend', {}, t('field-device')),
    h('div', { class: 'choices' }, state.catalog.devices.map((d) => {
      const radio = h('input', { type: 'radio', name: 'device', value: d, onchange: () => { f.device = d; } });
      radio.checked = f.device === d;
      return h('label', { class: 'check' }, radio, h('span', {}, t(`device-${d}`)));
    })));

  // No maxlength: a pasted name longer than the limit is kept whole and the
  // counter says by how much, instead of the field cutting it silently.
  const counter = h('p', { id: 'profile-name-count', class: 'hint', 'aria-live': 'polite' });
  const count = () => {
    const n = length(f.name.trim());
    counter.textContent = t('field-profile-name-count', { count: n, max: MAX_NAME });
    counter.classList.toggle('warn-text', n > MAX_NAME);
  };
  const name = h('input', { id: 'profile-name', name: 'profile-name', autocomplete: 'off',
    'aria-describedby': 'profile-name-hint profile-name-count', oninput: (e) => {
      f.name = e.target.value;
      count();
      refreshErrors();
    } });
  name.value = f.name;
  count();
  const account = h('input', { id: 'profile-account', name: 'profile-account', autocomplete: 'off', maxlength: 254,
    'aria-describedby': 'profile-account-hint', oninput: (e) => { f.account = e.target.value; } });
  account.value = f.account;

  const problemsNow = () => {
    const problems = [];
    if (!f.country) problems.push(['country', t('profile-needs-country')]);
    if (f.platforms.size === 0) problems.push(['platforms', t('profile-needs-platform')]);
    const n = length(f.name.trim());
    if (n === 0) problems.push(['profile-name', t('profile-needs-name')]);
    else if (n > MAX_NAME) problems.push(['profile-name', t('profile-name-too-long', { count: n, max: MAX_NAME })]);
    return problems;
  };
  const showErrors = (problems) => {
    for (const id of ['country', 'platforms', 'profile-name']) el.querySelector(`#${id}`)?.removeAttribute('aria-invalid');
    if (!problems.length) {
      errors.hidden = true;
      return;
    }
    clear(errors);
    errors.append(h('p', {}, t('profile-form-errors')),
      h('ul', {}, problems.map(([id, text]) => h('li', { dataset: { field: id } }, h('a', { href: `#${id}`, onclick: (e) => {
        e.preventDefault();
        (el.querySelector(`#${id} input`) ?? el.querySelector(`#${id}`)).focus();
      } }, text)))));
    errors.hidden = false;
    for (const [id] of problems) el.querySelector(`#${id}`)?.setAttribute('aria-invalid', 'true');
  };
  // Once the summary is on screen it follows each fix, so it never lists a
  // problem that is already solved.
  function refreshErrors() {
    if (!errors.hidden) showErrors(problemsNow());
  }

  const submit = async (event) => {
    event.preventDefault();
    const problems = problemsNow();
    showErrors(problems);
    if (problems.length) {
      errors.focus();
      return;
    }
    const region = f.subdivision && f.subdivision.startsWith(`${f.country}-`) ? f.subdivision : f.country;
    const platformIds = PLATFORM_ORDER.filter((p) => f.platforms.has(p));
    if (await actions.submit({ id: f.id, name: f.name.trim(), region, platforms: platformIds, account: f.account.trim(), device: f.device })) form = null;
  };

  el.append(h('form', { id: 'profile-form', class: 'panel profile-form', novalidate: true, onsubmit: submit },
    h('h2', { id: 'profile-title', tabindex: '-1' }, title),
    first ? h('p', { class: 'lead' }, t('welcome-intro')) : h('p', { class: 'hint' }, t('profile-explain')),
    errors,
    first ? h('div', { class: 'field' },
      h('label', { for: 'welcome-language' }, t('field-language')),
      languageSelect('welcome-language', locale(), actions.language)) : null,
    h('div', { class: 'field' }, h('label', { for: 'country' }, t('field-country')), country),
    stateRow,
    platforms,
    devices,
    h('div', { class: 'field' },
      h('label', { for: 'profile-name' }, t('field-profile-name')), name,
      h('p', { id: 'profile-name-hint', class: 'hint' }, t('field-profile-name-hint')), counter),
    h('div', { class: 'field' },
      h('label', { for: 'profile-account' }, t('field-profile-account')), account,
      h('p', { id: 'profile-account-hint', class: 'hint' }, t('field-profile-account-hint'))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'profile-submit' },
        first ? t('welcome-start') : f.mode === 'edit' ? t('profile-save') : t('profile-add')),
      first ? null : h('button', { type: 'button', class: 'secondary', id: 'profile-cancel', onclick: () => {
        form = null;
        actions.cancel();
      } }, t('profile-cancel'))),
    first ? h('p', { class: 'hint privacy' }, t('welcome-privacy')) : null));
}
