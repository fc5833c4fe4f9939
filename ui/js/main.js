// The window: a first-run form, then the overview of a profile, one guide
// at a time to follow step by step, settings and about. Screens are drawn
// from the state; nothing here talks to the network.

import { call, describe } from './ipc.js';
import { h, clear } from './dom.js';
import { t, setLocale, setKnownLocales, translatePage, formatDate, locale, negotiate } from './i18n.js';
import { firstScreenDrawn } from './formats.js';
import { state, load, save, currentProfile, keepProfileValid, situation, clearDrafts } from './state.js';
import { renderDashboard } from './dashboard.js';

const $ = (id) => document.getElementById(id);

// The screens other than the overview (the profile form, the walkthrough
// and its letters, settings and about) load once the first screen is drawn,
// or when one of them is asked for first: the first screen waits for fewer
// files. `screens` holds their exports once loaded.
let screens = null;
let loadingScreens = null;
function loadScreens() {
  loadingScreens ??= Promise.all([
    import('./profile.js'), import('./walkthrough.js'), import('./letters.js'), import('./settings.js'),
  ]).then((modules) => {
    screens = Object.assign({}, ...modules);
    return screens;
  });
  return loadingScreens;
}
const SCREENS = ['profile', 'dashboard', 'walk', 'settings', 'about'];
// Offered languages, known before the catalog arrives so the words can load
// at the same time; the catalog's list is the authority once it is here.
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt-BR'];

let flows = [];
let flow = null;

// ---- Notices: errors (with what to do) and quiet confirmations ----------

export function showNotice(message, action = null) {
  const notice = $('notice');
  notice.hidden = !message;
  clear(notice);
  if (!message) return;
  notice.append(h('p', {}, message), action ?? '',
    h('button', { type: 'button', class: 'link-button dismiss', onclick: () => { notice.hidden = true; } }, t('notice-close')));
}

function say(message) {
  const status = $('status');
  status.textContent = '';
  // A fresh text node, so screen readers announce a repeated message too.
  requestAnimationFrame(() => { status.textContent = message; });
}

function problemsNotice() {
  const problems = state.catalog?.problems ?? [];
  return problems.length ? t('own-flows-skipped', { problems: problems.join(' · ') }) : '';
}

// Runs a progress command and takes its overview; an error is shown and
// the page keeps what was typed.
async function progressCall(command, args) {
  try {
    state.overview = await call(command, args);
    showNotice(problemsNotice());
    return true;
  } catch (e) {
    showProgressError(e);
    return false;
  }
}

function showProgressError(e) {
  if (e?.kind !== 'progress-damaged') {
    showNotice(describe(e));
    return;
  }
  const button = h('button', { type: 'button', class: 'primary', onclick: async () => {
    try {
      const aside = await call('recover_progress');
      await loadProgress();
      showNotice(t('recovered-progress', { path: aside }));
      route();
    } catch (err) {
      showNotice(describe(err));
    }
  } }, t('recover-progress'));
  showNotice(describe(e), button);
}

async function loadProgress() {
  try {
    state.overview = await call('progress_overview');
  } catch (e) {
    state.overview = { profiles: [], failed: true };
    showProgressError(e);
  }
  keepProfileValid();
}

// ---- Screens -------------------------------------------------------------

// Puts a screen's or step's heading at the top of the view and focus on it,
// whether the person came by mouse, Enter or Space, from wherever they had
// scrolled: a new screen must start where its title and Back are.
function bringToTop(el) {
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

function show(screen, { focus = true } = {}) {
  const changed = state.screen !== screen;
  if (changed) $('status').textContent = '';
  state.screen = screen;
  for (const s of SCREENS) $(`screen-${s}`).hidden = s !== screen;
  const nav = $('top-nav');
  nav.hidden = state.overview.profiles.length === 0;
  for (const b of nav.querySelectorAll('button')) {
    if (b.dataset.screen === screen || (screen === 'walk' && b.dataset.screen === 'dashboard')) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (focus) bringToTop($(`screen-${screen}`).querySelector('h2'));
  else if (changed) window.scrollTo(0, 0);
}

// Draws the screen the state says, e.g. after a language change. Returns
// what is left to draw of a progressive overview, if anything.
async function route({ focus = false, progressive = false } = {}) {
  const firstRun = state.overview.profiles.length === 0 && !state.overview.failed;
  const m = firstRun || state.screen !== 'dashboard' ? await loadScreens() : screens;
  if (firstRun) {
    if (m.formMode() !== 'first') m.startForm('first', null);
    renderProfile();
    show('profile', { focus });
  } else if (state.screen === 'walk' && state.openFlowId) {
    await openFlow(state.openFlowId, null, { focus });
  } else if (state.screen === 'settings') {
    m.renderSettings($('screen-settings'), settingsActions);
    show('settings', { focus });
  } else if (state.screen === 'about') {
    m.renderAbout($('screen-about'), settingsActions);
    show('about', { focus });
  } else if (state.screen === 'profile' && m.formMode()) {
    renderProfile();
    show('profile', { focus });
  } else {
    return showDashboard({ focus, progressive });
  }
  return null;
}

// Only called once the screens are loaded.
function renderProfile() {
  screens.renderProfileForm($('screen-profile'), {
    submit: saveProfile,
    cancel: () => showDashboard({ focus: true }),
    language: changeLanguage,
  });
}

async function saveProfile({ id, name, region, platforms, account, device }) {
  state.device = device;
  const before = new Set(state.overview.profiles.map((r) => r.profile.id));
  const ok = id
    ? await progressCall('update_profile', { profile: id, name, region, platforms, account })
    : await progressCall('add_profile', { name, region, platforms, account });
  if (!ok) return false;
  if (!id) state.profileId = state.overview.profiles.find((r) => !before.has(r.profile.id))?.profile.id ?? state.profileId;
  save();
  await showDashboard({ focus: true });
  return true;
}

async function showDashboard({ focus = true, progressive = false } = {}) {
  state.openFlowId = null;
  flow = null;
  if (!currentProfile()) {
    // Nothing to show without a profile (the file could not be read): the
    // notice says why and offers the way out.
    clear($('screen-dashboard'));
    show('dashboard', { focus });
    return null;
  }
  try {
    const args = { ...situation(), locale: locale() };
    const early = takeEarlyFlows(args);
    flows = early ?? await call('list_flows', args);
  } catch (e) {
    flows = [];
    showNotice(describe(e));
  }
  const rest = renderDashboard($('screen-dashboard'), flows, dashboardActions, { progressive });
  show('dashboard', { focus });
  return rest;
}

// ---- The overview's actions ------------------------------------------------

const dashboardActions = {
  openFlow: (id, stepId) => openFlow(id, stepId, { focus: true }),
  moveFollowUp: async (f, to, reason) => {
    const profile = currentProfile().profile.id;
    if (await progressCall('extend_follow_up', { profile, flow: f.flow, step: f.step, to, reason })) {
      await showDashboard({ focus: false });
      say(t('follow-up-moved-said', { due: formatDate(to) }));
      // The list was drawn afresh: keep the keyboard where it was.
      document.querySelector(`.follow-ups li[data-flow="${CSS.escape(f.flow)}"][data-step="${CSS.escape(f.step)}"] .move`)?.focus();
    }
  },
  switchProfile: async (id) => {
    state.profileId = id;
    save();
    await showDashboard({ focus: false });
    $('profile')?.focus();
  },
  editProfile: async () => {
    (await loadScreens()).startForm('edit', currentProfile().profile);
    renderProfile();
    show('profile');
  },
  addProfile: async () => {
    (await loadScreens()).startForm('new', null);
    renderProfile();
    show('profile');
  },
  exportRecord: async (format, profile) => {
    try {
      const path = await call('export_record', { format, profile: profile.id, locale: locale() });
      if (path) showNotice(t('record-exported', { name: profile.name, path }));
    } catch (e) {
      showNotice(describe(e));
    }
  },
  importRecord: async () => {
    try {
      const result = await call('import_record');
      if (!result) return;
      state.overview = result.overview;
      keepProfileValid();
      const r = result.report;
      const parts = [t('record-imported', { file: result.file, changes: r.events_added })];
      if (r.profiles_added.length) parts.push(t('record-imported-profiles', { names: r.profiles_added.join(', ') }));
      if (r.conflicts.length) parts.push(t('record-imported-conflicts', { conflicts: r.conflicts.join('; ') }));
      save();
      await showDashboard({ focus: false });
      showNotice(parts.join(' '));
    } catch (e) {
      showNotice(describe(e));
    }
  },
};

// ---- The walkthrough -------------------------------------------------------

async function fetchFlow(id) {
  return call('get_flow', { id, ...situation(), locale: locale(), metaLocale: state.metaLocale || locale() });
}

function firstOpenStep(f) {
  const recs = new Map((currentProfile()?.flows.find((x) => x.id === f.id)?.steps ?? []).map((s) => [s.id, s.status]));
  const i = f.step_details.findIndex((s) => (recs.get(s.id) ?? 'todo') === 'todo');
  return i < 0 ? 0 : i;
}

async function openFlow(id, stepId, { focus = true } = {}) {
  try {
    flow = await fetchFlow(id);
    await (await loadScreens()).prepareLetters(flow);
  } catch (e) {
    showNotice(describe(e));
    await showDashboard({ focus });
    return;
  }
  state.openFlowId = id;
  let index = flow.step_details.findIndex((s) => s.id === (stepId ?? state.stepAt[id]));
  if (index < 0) index = firstOpenStep(flow);
  drawStep(index);
  show('walk', { focus: false });
  if (focus) bringToTop($('walk-title'));
}

function drawStep(index) {
  const i = Math.max(0, Math.min(index, flow.step_details.length - 1));
  state.stepAt[flow.id] = flow.step_details[i]?.id;
  save();
  screens.renderWalk($('screen-walk'), flow, i, walkActions);
  return i;
}

function currentIndex() {
  return Math.max(0, flow.step_details.findIndex((s) => s.id === state.stepAt[flow.id]));
}

// Draws the step again and says what was done beside the record's buttons,
// keeping the keyboard on the control the person used.
function confirmOnStep(message, control) {
  drawStep(currentIndex());
  const where = document.querySelector('#screen-walk .record-confirmation');
  if (!where) {
    say(message);
    return;
  }
  where.hidden = false;
  requestAnimationFrame(() => {
    where.textContent = message;
    document.querySelector(`#screen-walk ${control}`)?.focus({ preventScroll: true });
    where.scrollIntoView({ block: 'center' });
  });
}

const walkActions = {
  back: () => showDashboard({ focus: true }),
  go: (i) => {
    $('status').textContent = '';
    drawStep(i);
    bringToTop($('step-title'));
  },
  notice: (message) => showNotice(message),
  setDevice: async (device) => {
    state.device = device;
    save();
    try {
      flow = await fetchFlow(flow.id);
    } catch (e) {
      showNotice(describe(e));
      return;
    }
    drawStep(currentIndex());
    document.querySelector(`.device-switch input[value="${device}"]`)?.focus();
  },
  letterChanged: () => {
    const step = flow.step_details[currentIndex()];
    if (step?.letter) screens.refreshLetters($('screen-walk'), flow, step);
  },
  // The QR code of the step's link, or nothing when it cannot be drawn.
  phoneLink: async (step) => {
    try {
      return await call('step_link_qr', { flow: flow.id, step: step.id, region: situation().region });
    } catch (e) {
      showNotice(describe(e));
      return null;
    }
  },
  openLink: async (step) => {
    try {
      await call('open_step_link', { flow: flow.id, step: step.id, region: situation().region });
      say(t('walk-opened'));
    } catch (e) {
      showNotice(describe(e));
    }
  },
  mark: async (step, update, key, { advance = false } = {}) => {
    const profile = currentProfile().profile.id;
    if (!(await progressCall('mark_step', { update: { profile, flow: flow.id, step: step.id, ...update } }))) return;
    clearDrafts(`${key}/`);
    const messages = [update.status === 'done' ? t('walk-marked-done') : t('walk-saved')];
    const followUp = currentProfile().follow_ups.find((f) => f.flow === flow.id && f.step === step.id);
    if (update.status === 'done' && followUp && step.follow_up) {
      messages.push(t('walk-follow-up-created', { title: step.follow_up.title, due: formatDate(followUp.due) }));
    }
    const here = currentIndex();
    const next = advance && here + 1 < flow.step_details.length ? here + 1 : here;
    const recorded = currentProfile().flows.find((f) => f.id === flow.id)?.steps
      .filter((s) => s.status === 'done' || s.status === 'skipped').length ?? 0;
    if (recorded >= flow.step_details.length) {
      messages.push(t('walk-all-done', { count: recorded }));
      // What comes next: the first guide of the overview not yet finished.
      const progress = new Map((currentProfile()?.flows ?? []).map((f) => [f.id, f]));
      const nextGuide = flows.find((g) => g.id !== flow.id && (progress.get(g.id)?.done ?? 0) < (progress.get(g.id)?.total ?? g.steps.length));
      if (nextGuide) messages.push(t('walk-next-guide', { title: nextGuide.title }));
    }
    drawStep(next);
    // The confirmation appears where the person looks next: under the new
    // step's title when Done moved them on, beside the buttons when they
    // stay (the last step, or a saved note), and is announced there.
    const where = document.querySelector(next !== here ? '#screen-walk .step-confirmation' : '#screen-walk .record-confirmation');
    if (next !== here) bringToTop($('step-title'));
    if (where) {
      where.hidden = false;
      requestAnimationFrame(() => {
        where.textContent = messages.join(' ');
        if (next === here) {
          where.scrollIntoView({ block: 'center' });
          where.focus({ preventScroll: true });
        }
      });
    } else {
      say(messages.join(' '));
    }
  },
  // A file kept as evidence: the app asks for it (a native dialog) and keeps
  // a copy; the list under the step shows it with its SHA-256.
  attach: async (step) => {
    const profile = currentProfile().profile.id;
    try {
      const overview = await call('attach_file', { profile, flow: flow.id, step: step.id });
      if (!overview) return;
      state.overview = overview;
      showNotice(problemsNotice());
    } catch (e) {
      showProgressError(e);
      return;
    }
    const files = currentProfile().flows.find((f) => f.id === flow.id)?.steps.find((s) => s.id === step.id)?.attachments ?? [];
    confirmOnStep(t('walk-attached', { name: files.at(-1)?.name ?? '' }), '.attach-file');
  },
  keepLetter: async (step, text, name) => {
    const profile = currentProfile().profile.id;
    if (!(await progressCall('keep_letter', { profile, flow: flow.id, step: step.id, name, text }))) return;
    confirmOnStep(t('letter-kept', { name }), '.keep-letter');
  },
  reply: async (step, answer) => {
    const profile = currentProfile().profile.id;
    if (!(await progressCall('record_reply', { profile, flow: flow.id, step: step.id, ...answer }))) return;
    clearDrafts(`${flow.id}/${step.id}/reply`);
    const followUp = currentProfile().follow_ups.find((f) => f.flow === flow.id && f.step === step.id);
    const next = followUp?.action === 'escalate' ? t('walk-reply-next-escalate') : followUp?.action === 'answer' ? t('walk-reply-next-answer') : '';
    confirmOnStep([t('walk-reply-saved'), next].filter(Boolean).join(' '), '.save-reply');
  },
  undo: async (step) => {
    const profile = currentProfile().profile.id;
    if (await progressCall('undo_step', { profile, flow: flow.id, step: step.id })) {
      drawStep(currentIndex());
      bringToTop($('step-title'));
    }
  },
};

// ---- Settings ----------------------------------------------------------

async function changeLanguage(code) {
  state.locale = code;
  save();
  await setLocale(code || state.systemLocale);
  translatePage();
  await route({ focus: false });
  // Keep the person where they were.
  const again = document.getElementById(state.screen === 'profile' ? 'welcome-language' : 'app-language');
  again?.focus();
}

const settingsActions = {
  language: changeLanguage,
  metaLanguage: async (code) => {
    state.metaLocale = code;
    save();
  },
  // A new set of guides changes every screen: the page starts afresh on
  // them, and says what happened once it has.
  updateGuides: async () => {
    try {
      const result = await call('update_guides');
      if (!result) return;
      const changed = result.changes.length ? ` ${t('guides-updated-changes', { count: result.changes.length })}` : '';
      restartWith(t('guides-updated', { version: result.guides.version, date: formatDate(result.guides.date) }) + changed);
    } catch (e) {
      showNotice(describe(e));
    }
  },
  rollbackGuides: async () => {
    try {
      await call('rollback_guides');
      restartWith(t('guides-rolled-back'));
    } catch (e) {
      showNotice(describe(e));
    }
  },
  done: () => showDashboard({ focus: true }),
};

const NOTICE_AFTER_RESTART = 'meta-optout-notice';

function restartWith(message) {
  sessionStorage.setItem(NOTICE_AFTER_RESTART, message);
  location.reload();
}

function wireNav() {
  $('nav-dashboard').addEventListener('click', () => showDashboard({ focus: true }));
  $('nav-settings').addEventListener('click', async () => {
    (await loadScreens()).renderSettings($('screen-settings'), settingsActions);
    show('settings');
  });
  $('nav-about').addEventListener('click', async () => {
    (await loadScreens()).renderAbout($('screen-about'), settingsActions);
    show('about');
  });
}

// The overview's guides as they came with the first screen's data; used only
// if nothing they depend on changed meanwhile.
let earlyFlows = null;

function takeEarlyFlows(args) {
  const early = earlyFlows;
  earlyFlows = null;
  return early && early.key === JSON.stringify(args) ? early.flows : null;
}

async function start() {
  load();
  setKnownLocales(LOCALES);
  // The words and the first screen's data load at once, the data in one
  // round trip: the catalog, the progress and the overview's guides. The
  // data is asked for first, which brings both in sooner: in page marks,
  // 9.5 ms from here to the later of the two instead of 11.5.
  const wanted = negotiate(state.locale || navigator.language);
  const asked = call('first_screen', { profile: state.profileId, device: state.device, locale: wanted });
  const words = setLocale(wanted);
  let first;
  try {
    first = await asked;
  } catch (e) {
    await words;
    showNotice(describe(e));
    return;
  }
  const catalog = first.catalog;
  state.catalog = catalog;
  state.systemLocale = catalog.system_locale;
  setKnownLocales(catalog.locales.map((l) => l.id));
  await words;
  if (!state.locale && locale() !== catalog.system_locale) await setLocale(catalog.system_locale);
  translatePage();
  if (first.progress_error) {
    state.overview = { profiles: [], failed: true };
    showProgressError(first.progress_error);
  } else {
    state.overview = first.overview;
  }
  keepProfileValid();
  if (first.flows && first.flows.profile === state.profileId) {
    earlyFlows = { key: JSON.stringify({ ...situation(), locale: wanted }), flows: first.flows.flows };
  }
  wireNav();
  const carried = sessionStorage.getItem(NOTICE_AFTER_RESTART);
  sessionStorage.removeItem(NOTICE_AFTER_RESTART);
  if (carried) showNotice(carried);
  else if (!$('notice').querySelector('p')) showNotice(problemsNotice());
  state.screen = 'dashboard';
  const rest = await route({ focus: false, progressive: true });
  // The first screen is on screen with real data: the start-up benchmark's
  // mark. A task queued from the next frame's callback runs once that frame
  // has been laid out and painted. Then the overview's lower part is drawn,
  // and the other screens' modules load.
  requestAnimationFrame(() => setTimeout(() => {
    call('page_ready').catch(() => {});
    rest?.();
    firstScreenDrawn(catalog.regions.map((r) => r.code));
    document.body.dataset.ready = 'true';
    loadScreens();
  }, 0));
}

start();
