// The overview for one profile: what needs attention now, what the law
// gives this person, each guide with its progress and next step, and the
// record to export or import.

import { h, clear, append } from './dom.js';
import { t, has, formatDate, regionName, locale } from './i18n.js';
import { state, currentProfile } from './state.js';

// Dates further away than this wait in "coming up later".
const SOON_DAYS = 14;

export function frameworkOf(region) {
  return state.catalog.regions.find((r) => r.code === region)?.framework ?? 'none';
}

export function regionLabel(code) {
  const r = state.catalog.regions.find((x) => x.code === code);
  return r ? regionName(code, r.name) : code;
}

function stepTitle(flows, flowId, stepId, fallback) {
  return flows.find((f) => f.id === flowId)?.steps.find((s) => s.id === stepId)?.title ?? fallback;
}

function followUpText(f, step) {
  const args = { step, due: formatDate(f.due), days: Math.max(f.days_left, 0) };
  if (f.outcome) return t(`follow-up-answered-${f.outcome}`, args);
  if (f.kind === 'grace-ends') return t(f.days_left < 0 ? 'follow-up-grace-ended' : 'follow-up-grace-ends', args);
  if (f.kind === 'reply-due') return t(f.days_left < 0 ? 'follow-up-reply-due-overdue' : 'follow-up-reply-due-soon', args);
  return t(f.days_left < 0 ? 'follow-up-reminder-overdue' : 'follow-up-reminder-soon', args);
}

// "Move the date": a later date and why, for a reply Meta said will take
// longer, or a reminder the person wants later. The first date is kept.
function moveForm(f, actions) {
  const id = `move-${f.flow}-${f.step}`;
  const date = h('input', { type: 'date', id: `${id}-date`, min: f.due, required: true });
  const reason = h('input', { type: 'text', id: `${id}-reason`, maxlength: 500, required: true });
  const box = h('form', { class: 'move-date', hidden: true, onsubmit: async (e) => {
    e.preventDefault();
    if (!date.value || !reason.value.trim()) {
      (date.value ? reason : date).focus();
      return;
    }
    await actions.moveFollowUp(f, date.value, reason.value);
  } },
  h('label', { for: date.id }, t('follow-up-move-to')), date,
  h('label', { for: reason.id }, t('follow-up-move-reason')), reason,
  h('button', { type: 'submit', class: 'secondary small' }, t('follow-up-move-save')));
  const open = h('button', { type: 'button', class: 'link-button move', 'aria-expanded': 'false', onclick: () => {
    box.hidden = !box.hidden;
    open.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) date.focus();
  } }, t('follow-up-move'));
  return [open, box];
}

// The next thing to do comes from the core (`action`): refused, or no answer
// by the deadline, offers the complaint; asked for more, the step again.
function followUpItem(f, flows, actions) {
  const overdue = f.days_left < 0;
  const escalate = f.action === 'escalate' && flows.some((x) => x.id === f.next_flow);
  const urgent = overdue || f.action != null;
  return h('li', { class: urgent ? 'overdue' : f.days_left <= SOON_DAYS ? 'due' : 'later', dataset: { flow: f.flow, step: f.step } },
    h('span', {}, followUpText(f, stepTitle(flows, f.flow, f.step, f.title))),
    f.first_due ? h('span', { class: 'hint moved' }, ` ${t('follow-up-moved', { first: formatDate(f.first_due), reason: f.reason ?? '' })}`) : null,
    f.kind === 'reply-due' && !f.outcome ? moveForm(f, actions) : null,
    escalate
      ? h('button', { type: 'button', class: 'primary small escalate', onclick: () => actions.openFlow(f.next_flow) }, t('follow-up-escalate'))
      : f.action === 'answer'
        ? h('button', { type: 'button', class: 'primary small answer', onclick: () => actions.openFlow(f.flow, f.step) }, t('follow-up-answer'))
        : h('button', { type: 'button', class: 'secondary small', onclick: () => actions.openFlow(f.flow, f.step) }, t('follow-up-open')));
}

// Due and overdue dates first, highlighted; later ones listed beneath, so
// every date the person has to keep is on the overview.
function renderFollowUps(report, flows, actions) {
  if (report.follow_ups.length === 0) return null;
  const soon = report.follow_ups.filter((f) => f.days_left <= SOON_DAYS || f.action != null);
  const later = report.follow_ups.filter((f) => f.days_left > SOON_DAYS && f.action == null);
  return h('section', { class: 'follow-ups', 'aria-labelledby': 'follow-ups-title' },
    h('h3', { id: 'follow-ups-title' }, t(soon.length ? 'follow-ups-title' : 'follow-ups-upcoming')),
    soon.length ? h('ul', {}, soon.map((f) => followUpItem(f, flows, actions))) : null,
    soon.length && later.length ? h('p', { class: 'hint' }, t('follow-ups-later', { count: later.length })) : null,
    later.length ? h('ul', { class: 'later-list' }, later.map((f) => followUpItem(f, flows, actions))) : null);
}

// A deadline from the catalog in words: "one month", "45 days", "15 business days".
export function deadlineText(d) {
  const parts = [];
  if (d?.months) parts.push(t('deadline-months', { count: d.months }));
  if (d?.days) parts.push(t('deadline-days', { count: d.days }));
  if (d?.business_days) parts.push(t('deadline-business-days', { count: d.business_days }));
  return parts.join(' + ');
}

// What the person's law gives them, from the catalog: the law by name, the
// requests they can make of Meta, its deadline, what must come before a
// complaint and to whom, and how sure we are. Only this person's law.
function renderRights(profile) {
  const region = state.catalog.regions.find((r) => r.code === profile.region);
  const law = state.catalog.frameworks.find((f) => f.id === region?.framework);
  const authority = state.catalog.authorities.find((a) => a.id === region?.authority);
  // The authority by its own name where it speaks the window's language,
  // else by its English name when it has one.
  const ownLanguage = authority?.languages.includes(locale().split('-')[0]);
  const authorityName = authority ? (ownLanguage ? authority.name : authority.name_en ?? authority.name) : '';
  const rights = law?.rights ?? [];
  const objection = rights.includes('object');
  const list = (items) => h('ul', { class: 'rights-list' }, items.map((r) => h('li', {}, t(`right-${r}`))));
  const lines = [];
  if (law && law.id !== 'none') {
    // The law by the name people know it by in the window's language where
    // the words have one (RGPD, DSGVO); else as the catalog names it.
    const lawName = has(`law-name-${law.id}`) ? t(`law-name-${law.id}`) : law.name;
    lines.push(h('p', { class: 'rights-law' }, t('rights-law', { law: lawName }), ' ',
      h('span', { class: `tag confidence-${law.confidence}` }, t(`confidence-${law.confidence}`))));
  }
  if (rights.length) {
    lines.push(h('p', {}, t('rights-can')), list(rights));
  } else if (law?.in_force_from && (law.all_rights ?? []).length && law.in_force_from > new Date().toISOString().slice(0, 10)) {
    lines.push(h('p', {}, t('rights-from', { date: formatDate(law.in_force_from) })), list(law.all_rights));
  }
  if (rights.length && law.reply_within) {
    lines.push(h('p', {}, law.extension
      ? t('rights-reply-extension', { deadline: deadlineText(law.reply_within), extension: deadlineText(law.extension) })
      : t('rights-reply', { deadline: deadlineText(law.reply_within) })));
  }
  if (rights.length && law.opt_out_within) lines.push(h('p', {}, t('rights-opt-out-within', { deadline: deadlineText(law.opt_out_within) })));
  if (rights.length && authority) {
    const kind = law.company_first?.kind;
    lines.push(h('p', {}, t(kind === 'appeal' ? 'rights-appeal-first' : kind === 'complain' ? 'rights-complain-first' : 'rights-authority',
      { authority: authorityName })));
  }
  if (region?.default_authority === 'company-seat' && authority) {
    lines.push(h('p', { class: 'hint' }, t('rights-default-authority', { authority: authorityName, country: regionLabel(region.code) })));
  }
  if (rights.length && law.covers_meta === 'unclear') lines.push(h('p', { class: 'hint warn-text' }, t('rights-unclear')));
  if (law && law.confidence === 'unverified') lines.push(h('p', { class: 'hint warn-text' }, t('rights-unverified')));
  return h('section', { class: 'rights panel', 'aria-labelledby': 'rights-title' },
    h('h3', { id: 'rights-title' }, t('rights-title', { region: regionLabel(profile.region) })),
    h('p', { class: objection ? 'right-yes' : 'right-no' }, t(objection ? 'rights-objection' : 'rights-none')),
    lines);
}

function card(f, progress, actions) {
  const records = new Map((progress?.steps ?? []).map((s) => [s.id, s.status]));
  const next = f.steps.find((s) => (records.get(s.id) ?? 'todo') === 'todo');
  const done = progress?.done ?? 0;
  const total = progress?.total ?? f.steps.length;
  const verb = done === 0 ? 'flow-card-start' : next ? 'flow-card-continue' : 'flow-card-review';
  const titleId = `card-${f.id}`;
  return h('li', { class: 'flow-card panel', dataset: { flowId: f.id }, 'aria-labelledby': titleId },
    h('h4', { id: titleId, class: 'card-title' }, f.title),
    h('p', { class: 'card-summary' }, f.summary),
    // The person's own apps the guide covers, never the whole list.
    f.platforms?.length ? h('p', { class: 'card-apps hint' }, t('flow-card-apps', {
      apps: f.platforms.map((p) => state.catalog.platforms.find((x) => x.id === p)?.name ?? p).join(', ') })) : null,
    h('div', { class: 'card-progress' },
      h('progress', { max: total, value: done, 'aria-labelledby': `${titleId} ${titleId}-count` }),
      h('span', { id: `${titleId}-count` }, t('flow-card-progress', { done, total }))),
    h('p', { class: 'card-next' }, next ? t('flow-card-next', { step: next.title }) : t('flow-card-finished')),
    h('p', { class: 'card-meta' },
      t('flow-card-checked', { date: formatDate(f.last_verified) }),
      f.stale ? h('span', { class: 'tag warn' }, t('flow-stale-tag')) : null),
    h('button', { type: 'button', class: done === 0 ? 'primary open-flow' : 'secondary open-flow',
      'aria-describedby': titleId, onclick: () => actions.openFlow(f.id, next?.id) }, t(verb)));
}

// Steps the person did before Meta changed them (the guides' change log):
// each says what changed and opens the step; marking it again clears it.
function renderChanged(report, flows, actions) {
  const changed = report.changed_since ?? [];
  if (!changed.length) return null;
  return h('section', { class: 'follow-ups changed', 'aria-labelledby': 'changed-title' },
    h('h3', { id: 'changed-title' }, t('changed-title')),
    h('ul', {}, changed.map((c) => h('li', { class: c.redo ? 'overdue' : 'due', dataset: { flow: c.flow, step: c.step } },
      h('span', {}, t(c.redo ? 'changed-redo' : 'changed-check', {
        step: stepTitle(flows, c.flow, c.step, c.title), done: formatDate(c.done_at.slice(0, 10)), date: formatDate(c.changed_on), what: c.what,
      })),
      h('button', { type: 'button', class: 'primary small', onclick: () => actions.openFlow(c.flow, c.step) }, t('changed-open'))))));
}

function renderRecordTools(report, actions) {
  const format = h('select', { id: 'export-format' },
    ['html', 'bundle', 'md', 'csv', 'json', 'ics'].map((v) => h('option', { value: v }, t(`record-format-${v}`))));
  return h('section', { class: 'record-tools panel', 'aria-labelledby': 'record-title' },
    h('h3', { id: 'record-title' }, t('record-title')),
    h('p', { class: 'hint' }, t('record-explain')),
    h('div', { class: 'actions' },
      h('label', { for: 'export-format' }, t('record-format')), format,
      h('button', { type: 'button', id: 'export-button', class: 'secondary', onclick: () => actions.exportRecord(format.value, report.profile) }, t('record-export')),
      h('button', { type: 'button', id: 'import-button', class: 'secondary', onclick: actions.importRecord }, t('record-import'))));
}

// Guides drawn with the top of the overview when the window first opens:
// the first row, what a window of the default size shows.
const FIRST_CARDS = 2;

// Draws the overview. With `progressive`, only what the window shows at first
// (the top and the first row of guides) is drawn now, which is less for the
// first frame to lay out, and the returned function draws the rest; without
// it, everything is drawn and the function does nothing.
export function renderDashboard(el, flows, actions, { progressive = false } = {}) {
  clear(el);
  const report = currentProfile();
  const profiles = state.overview.profiles;
  const switcher = profiles.length > 1
    ? h('div', { class: 'field inline' },
      h('label', { for: 'profile' }, t('profile-switch')),
      (() => {
        const select = h('select', { id: 'profile', onchange: (e) => actions.switchProfile(e.target.value) },
          profiles.map((r) => h('option', { value: r.profile.id }, r.profile.name)));
        select.value = state.profileId;
        return select;
      })())
    : null;
  const cardOf = (f) => card(f, report.flows.find((x) => x.id === f.id), actions);
  const now = progressive ? flows.slice(0, FIRST_CARDS) : flows;
  const list = flows.length === 0
    ? h('p', { class: 'empty' }, t('flows-empty'))
    : h('ul', { id: 'flow-list', class: 'flow-list' }, now.map(cardOf));
  const section = h('section', { class: 'flows', 'aria-labelledby': 'flows-title' },
    h('h3', { id: 'flows-title' }, t('flows-title')),
    report.platforms.length ? h('p', { class: 'per-platform' },
      h('span', { class: 'per-platform-title' }, t('platform-progress-title')),
      report.platforms.map((p) => h('span', {}, t('platform-progress', {
        platform: state.catalog.platforms.find((x) => x.id === p.platform)?.name ?? p.platform, done: p.done, total: p.total,
      })))) : null,
    list);
  append(el, [
    h('div', { class: 'dashboard-head' },
      h('h2', { id: 'dashboard-title', tabindex: '-1' }, profiles.length > 1 ? t('dashboard-title') : report.profile.name),
      h('div', { class: 'actions' },
        switcher,
        h('button', { type: 'button', id: 'edit-profile', class: 'secondary', onclick: actions.editProfile }, t('profile-edit')),
        h('button', { type: 'button', id: 'add-profile', class: 'secondary', onclick: actions.addProfile }, t('profile-add-another')))),
    renderFollowUps(report, flows, actions),
    renderChanged(report, flows, actions),
    renderRights(report.profile),
    section]);
  const rest = () => {
    if (flows.length > now.length) append(list, flows.slice(now.length).map(cardOf));
    if (report.earlier.length) section.append(h('p', { class: 'hint' }, t('earlier-steps', { count: report.earlier.length })));
    el.append(renderRecordTools(report, actions));
  };
  if (!progressive) {
    rest();
    return () => {};
  }
  return rest;
}
