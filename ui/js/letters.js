// Letters for the steps that need one: the objection to Meta (in the
// person's language and in English, as Meta's European office is in
// Ireland) and the complaint to an authority (in the authority's language),
// filled from what the person recorded. The text can be edited before it is
// copied; it is made afresh from the record each time.

import { h } from './dom.js';
import { t, letter, loadLetters, formatDate, languageName, negotiate, locale, SOURCE, PSEUDO } from './i18n.js';
import { state, currentProfile, draft } from './state.js';
import { frameworkOf } from './dashboard.js';

const OBJECTION_FLOW = 'object-ai-training';
const REASON_STEP = 'write-your-reason';
const LETTER_PLATFORMS = ['facebook', 'instagram', 'whatsapp'];

// Who receives an objection or complaint: the company the region catalog
// names for the person's law and platform (WhatsApp has its own), with its
// postal address; the first platform decides when a letter covers several.
function controller(framework, platforms) {
  const all = state.catalog.controllers ?? [];
  const platform = platforms[0] ?? 'facebook';
  const c = all.find((x) => x.platforms.includes(platform) && x.frameworks.includes(framework))
    ?? all.find((x) => x.platforms.includes(platform) && x.frameworks.length === 0);
  return c ? [c.entity, ...c.address].join(', ') : 'Meta Platforms Ireland Limited';
}

function platformName(id) {
  return state.catalog.platforms.find((p) => p.id === id)?.name ?? id;
}

function recordOf(flowId, stepId) {
  return currentProfile()?.flows.find((f) => f.id === flowId)?.steps.find((s) => s.id === stepId);
}

// A value as typed now (draft) or as recorded.
function current(flowId, stepId, field) {
  const saved = recordOf(flowId, stepId);
  const stored = field === 'note' ? saved?.note : saved?.evidence?.[field];
  return draft(`${flowId}/${stepId}/${field === 'note' ? 'note' : `evidence/${field}`}`, stored).trim();
}

function objectionSteps() {
  return LETTER_PLATFORMS.map((p) => ({ platform: p, step: `object-on-${p}`, rec: recordOf(OBJECTION_FLOW, `object-on-${p}`) }));
}

function firstEmail() {
  for (const { step } of objectionSteps()) {
    const email = current(OBJECTION_FLOW, step, 'email-used');
    if (email) return email;
  }
  return '';
}

// The locale a complaint is written in: the app's language if the authority
// takes it, else the first of the authority's languages the app has.
function complaintLocale(authority) {
  const offered = state.catalog.locales.map((l) => l.id);
  const langs = authority?.languages ?? ['en'];
  const have = langs.map((l) => negotiate(l, offered)).filter((l, i) => l !== SOURCE || langs[i] === 'en');
  const app = locale() === PSEUDO ? SOURCE : locale();
  if (have.includes(app)) return { code: app };
  if (have.length) return { code: have[0] };
  return { code: SOURCE, missing: langs[0] };
}

// The locales to preload before a guide is drawn.
export async function prepareLetters(flow) {
  const codes = new Set([SOURCE, locale()]);
  for (const s of flow.step_details) if (s.letter === 'complaint') codes.add(complaintLocale(s.authority).code);
  await Promise.all([...codes].map(loadLetters));
}

// The laws the letters word article by article; any other law is named.
const WORDED_LAWS = ['gdpr', 'uk-gdpr', 'ch-fadp', 'lgpd'];
function letterLaw(framework) {
  return WORDED_LAWS.includes(framework) ? framework : 'other';
}

function lawName(framework) {
  return state.catalog.frameworks.find((f) => f.id === framework)?.name ?? '';
}

function objectionArgs(flow, step, code) {
  const profile = currentProfile()?.profile;
  const framework = frameworkOf(profile?.region ?? '');
  const own = LETTER_PLATFORMS.find((p) => step.id.includes(p));
  const platforms = own ? [own] : (profile?.platforms ?? []).filter((p) => LETTER_PLATFORMS.includes(p));
  const email = (own && current(flow.id, step.id, 'email-used')) || firstEmail();
  const reason = current(OBJECTION_FLOW, REASON_STEP, 'note');
  return {
    framework: letterLaw(framework),
    law: lawName(framework),
    controller: controller(framework, platforms),
    platform: platforms.map(platformName).join(', ') || 'Facebook',
    email: email || letter(code, 'letter-placeholder-email'),
    reason: reason || letter(code, 'letter-placeholder-reason'),
    today: formatDate(new Date().toISOString().slice(0, 10), code),
  };
}

function complaintArgs(step, code) {
  const profile = currentProfile()?.profile;
  const framework = frameworkOf(profile?.region ?? '');
  const sent = objectionSteps().filter((o) => o.rec?.status === 'done');
  const dates = sent.map((o) => current(OBJECTION_FLOW, o.step, 'submitted-on') || o.rec.changed?.slice(0, 10)).filter(Boolean).sort();
  const dues = sent.map((o) => o.rec.follow_up_due).filter(Boolean).sort();
  const reference = sent.map((o) => current(OBJECTION_FLOW, o.step, 'reference')).find(Boolean) ?? '';
  const platforms = (sent.length ? sent.map((o) => o.platform) : (profile?.platforms ?? []).filter((p) => LETTER_PLATFORMS.includes(p)));
  return {
    framework: letterLaw(framework),
    law: lawName(framework),
    authority: step.authority?.name ?? '',
    controller: controller(framework, platforms),
    platforms: platforms.map(platformName).join(', ') || 'Facebook',
    email: firstEmail() || letter(code, 'letter-placeholder-email'),
    objected: dates.length ? formatDate(dates[0], code) : letter(code, 'letter-placeholder-date'),
    'due-known': dues.length ? 'yes' : 'no',
    due: dues.length ? formatDate(dues[0], code) : '',
    'has-reference': reference ? 'yes' : 'no',
    reference,
    today: formatDate(new Date().toISOString().slice(0, 10), code),
  };
}

let copies = 0;
// `keep`, when given, keeps the letter as sent with the step's evidence.
function letterBox(caption, text, code, keep) {
  const id = `letter-${++copies}`;
  const area = h('textarea', { id, class: 'letter-text', rows: 12, lang: code === PSEUDO ? SOURCE : code, spellcheck: 'false' });
  area.value = text;
  const said = h('span', { class: 'copied', role: 'status' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
      if (!document.execCommand('copy')) {
        said.textContent = t('letter-copy-failed');
        return;
      }
    }
    said.textContent = t('letter-copied');
  };
  return h('div', { class: 'letter', dataset: { locale: code } },
    h('label', { for: id }, caption), area,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary copy-letter', onclick: copy }, t('letter-copy')),
      keep ? h('button', { type: 'button', class: 'secondary keep-letter', onclick: () => keep(area.value, code) }, t('letter-keep')) : null,
      said));
}

// The letter section of a step; refreshed in place by `refreshLetters` as
// the person types a reason or evidence.
export function renderLetters(flow, step, keep) {
  const section = h('section', { class: 'letters panel', 'aria-labelledby': `letters-${step.id}`, dataset: { letterStep: step.id } });
  keepers.set(step.id, keep);
  fillLetters(section, flow, step);
  return section;
}

// What keeps a step's letter as sent, for the refreshes as the person types.
const keepers = new Map();

function fillLetters(section, flow, step) {
  const keep = keepers.get(step.id);
  const keeper = keep ? (text, code) => keep(step, text, `letter-${step.letter}-${code}-${new Date().toISOString().slice(0, 10)}.txt`) : null;
  const parts = [h('h4', { id: `letters-${step.id}` }, t('letter-title'))];
  if (step.letter === 'objection') {
    parts.push(h('p', { class: 'hint' }, t('letter-objection-explain')));
    const app = locale();
    const codes = app === SOURCE ? [SOURCE] : [app, SOURCE];
    for (const code of codes) {
      const caption = code === SOURCE && app !== SOURCE ? t('letter-english-copy') : t('letter-in-language', { language: languageName(code === PSEUDO ? SOURCE : code) });
      parts.push(letterBox(caption, letter(code, 'letter-objection', objectionArgs(flow, step, code)), code, keeper));
    }
  } else {
    parts.push(h('p', { class: 'hint' }, t('letter-complaint-explain')));
    const { code, missing } = complaintLocale(step.authority);
    if (missing) parts.push(h('p', { class: 'hint warn-text' }, t('letter-english-fallback', { language: languageName(missing) })));
    parts.push(letterBox(t('letter-in-language', { language: languageName(code) }), letter(code, 'letter-complaint', complaintArgs(step, code)), code, keeper));
  }
  parts.push(h('p', { class: 'hint' }, t('letter-edit-hint')));
  if (keeper) parts.push(h('p', { class: 'hint' }, t('letter-keep-hint')));
  section.replaceChildren(...parts);
}

// Called as the person types: the letter follows the reason and evidence
// unless the person has started editing the letter itself.
export function refreshLetters(root, flow, step) {
  const section = root.querySelector(`[data-letter-step="${CSS.escape(step.id)}"]`);
  if (!section || section.contains(document.activeElement)) return;
  fillLetters(section, flow, step);
}
