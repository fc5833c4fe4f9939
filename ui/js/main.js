// The window: your situation (or profile) on the left, what you can do on
// the right, and one flow at a time to follow step by step.

import { call, describe } from './ipc.js';
import { h, clear, append } from './dom.js';
import { state, load, save, currentProfile, situation, keepProfileValid } from './state.js';
import { renderDashboard } from './dashboard.js';
import { renderFlow } from './walkthrough.js';

const $ = (id) => document.getElementById(id);
const NEW = '__new';
const DEVICE_NAMES = { desktop: 'Computer (web browser)', ios: 'iPhone or iPad', android: 'Android phone' };

export function showNotice(message, action = null) {
  const notice = $('notice');
  notice.hidden = !message;
  clear(notice);
  if (message) append(notice, [h('p', {}, message), action]);
}

// Runs a progress command and takes its overview; errors are shown, with a
// way out when the progress file itself is damaged.
export async function progressCall(command, args) {
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
      showNotice(`The damaged file was kept as ${aside}. Your progress starts afresh.`);
      await loadProgress();
      await refresh();
    } catch (err) {
      showNotice(describe(err));
    }
  } }, 'Keep the damaged file aside and start afresh');
  showNotice(describe(e), button);
}

function problemsNotice() {
  const problems = state.catalog?.problems ?? [];
  return problems.length ? `Some of your own flow files were skipped: ${problems.join(' · ')}` : '';
}

async function loadProgress() {
  try {
    state.overview = await call('progress_overview');
  } catch (e) {
    state.overview = { profiles: [] };
    showProgressError(e);
  }
  keepProfileValid();
}

function buildForm() {
  const countries = state.catalog.regions.filter((r) => !r.code.includes('-'));
  const states = state.catalog.regions.filter((r) => r.code.startsWith('US-'));
  const byName = (a, b) => a.name.localeCompare(b.name);
  $('country').append(
    h('option', { value: '' }, 'Choose your country…'),
    ...countries.sort(byName).map((r) => h('option', { value: r.code }, r.name)),
  );
  $('us-state').append(
    h('option', { value: '' }, 'Another state or not sure'),
    ...states.sort(byName).map((r) => h('option', { value: r.code }, r.name.replace(' (United States)', ''))),
  );
  $('platforms').append(...state.catalog.platforms.map((p) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'platform', value: p.id }), p.name)));
  $('devices').append(...state.catalog.devices.map((d) =>
    h('label', { class: 'check' }, h('input', { type: 'radio', name: 'device', value: d }), DEVICE_NAMES[d] ?? d)));
  $('setup').addEventListener('change', onSituationChange);
  $('profile').addEventListener('change', onProfileChange);
  $('save-profile').addEventListener('submit', onSaveProfile);
  $('export-button').addEventListener('click', onExport);
  $('about-version').replaceChildren(`Version ${state.catalog.version}`);
  $('about-button').addEventListener('click', () => {
    const about = $('about');
    about.hidden = !about.hidden;
    $('about-button').setAttribute('aria-expanded', String(!about.hidden));
    if (!about.hidden) $('about-title').focus();
  });
  $('import-button').addEventListener('click', onImport);
}

async function onExport() {
  const profile = currentProfile()?.profile;
  if (!profile) {
    showNotice('Save a profile first: the record is made of the steps you record for it.');
    return;
  }
  try {
    const path = await call('export_record', { format: $('export-format').value, profile: profile.id });
    if (path) showNotice(`Your record of "${profile.name}" was saved to ${path}.`);
  } catch (e) {
    showNotice(describe(e));
  }
}

async function onImport() {
  try {
    const result = await call('import_record');
    if (!result) return;
    state.overview = result.overview;
    keepProfileValid();
    const r = result.report;
    const parts = [`Imported ${result.file}: ${r.events_added} change${r.events_added === 1 ? '' : 's'} added.`];
    if (r.profiles_added.length) parts.push(`New profiles: ${r.profiles_added.join(', ')}.`);
    if (r.conflicts.length) parts.push(`Where the two differed, the newer state was kept and both histories are in your record: ${r.conflicts.join('; ')}.`);
    showNotice(parts.join(' '));
    save();
    fillForm();
    await refresh();
  } catch (e) {
    showNotice(describe(e));
  }
}

// Puts the current profile's (or the draft's) situation into the form.
function fillForm() {
  const s = situation();
  const [country] = (s.region || '').split('-');
  $('country').value = country ?? '';
  $('us-state').value = s.region?.startsWith('US-') ? s.region : '';
  $('state-row').hidden = country !== 'US';
  for (const box of document.querySelectorAll('#platforms input')) box.checked = s.platforms.includes(box.value);
  for (const radio of document.querySelectorAll('#devices input')) radio.checked = radio.value === state.device;

  const profiles = state.overview.profiles;
  const select = $('profile');
  clear(select);
  select.append(...profiles.map((r) => h('option', { value: r.profile.id }, r.profile.name)),
    h('option', { value: NEW }, 'New profile…'));
  select.value = state.profileId ?? NEW;
  $('profile-row').hidden = profiles.length === 0;
  const creating = !currentProfile();
  $('save-profile').hidden = !creating;
  $('save-profile-hint').replaceChildren(profiles.length === 0
    ? 'Give this situation a name to track your progress, e.g. one per account.'
    : 'Choose where this account is used and its apps, then name it.');
}

function formSituation() {
  const country = $('country').value;
  const usState = $('us-state').value;
  return {
    region: country === 'US' && usState ? usState : country,
    platforms: [...document.querySelectorAll('#platforms input:checked')].map((i) => i.value),
  };
}

async function onSituationChange(event) {
  showNotice(problemsNotice());
  state.device = document.querySelector('#devices input:checked')?.value ?? 'desktop';
  const s = formSituation();
  $('state-row').hidden = $('country').value !== 'US';
  const profile = currentProfile()?.profile;
  if (event.target.name !== 'device' && profile) {
    if (!s.region || s.platforms.length === 0) {
      showNotice('A profile needs a country and at least one app. Your change was not saved yet.');
      return;
    }
    await progressCall('update_profile', { profile: profile.id, name: profile.name, ...s });
  } else if (!profile) {
    state.draftSituation = s;
  }
  save();
  await refresh();
}

async function onProfileChange() {
  const value = $('profile').value;
  if (value === NEW) {
    state.draftSituation = { region: '', platforms: ['facebook'] };
    state.profileId = null;
  } else {
    state.profileId = value;
  }
  save();
  fillForm();
  await refresh();
  if (value === NEW) $('profile-name').focus();
}

async function onSaveProfile(event) {
  event.preventDefault();
  const name = $('profile-name').value.trim();
  const s = formSituation();
  if (!name || !s.region || s.platforms.length === 0) {
    showNotice('To save a profile, choose a country, tick at least one app and give it a name.');
    return;
  }
  const before = new Set(state.overview.profiles.map((r) => r.profile.id));
  if (await progressCall('add_profile', { name, ...s })) {
    state.profileId = state.overview.profiles.find((r) => !before.has(r.profile.id))?.profile.id ?? null;
    $('profile-name').value = '';
    save();
    fillForm();
    await refresh();
  }
}

function describeLaw(region) {
  const law = $('law');
  clear(law);
  const r = state.catalog.regions.find((x) => x.code === region);
  const f = r && state.catalog.frameworks.find((x) => x.id === r.framework);
  if (f) law.append(h('strong', {}, f.name), h('span', {}, f.summary));
}

// Redraws the right-hand side from the state.
export async function refresh() {
  const s = situation();
  describeLaw(s.region);
  const list = $('flow-list');
  if (!s.region) {
    clear(list);
    clear($('dashboard'));
    list.append(h('li', { class: 'empty' }, 'Choose where you live to see what you can do.'));
    closeFlow();
    return;
  }
  try {
    const flows = await call('list_flows', s);
    renderDashboard($('dashboard'), list, flows, currentProfile(), openFlow);
    if (state.openFlowId) await openFlow(state.openFlowId, { quiet: true });
  } catch (e) {
    showNotice(describe(e));
  }
}

export async function openFlow(id, { quiet = false } = {}) {
  const view = $('flow-view');
  try {
    const flow = await call('get_flow', { id, ...situation() });
    state.openFlowId = id;
    renderFlow(view, flow, { onBack: closeFlow, onChange: refresh });
    view.hidden = false;
    $('flows').hidden = true;
    if (!quiet) view.querySelector('h2')?.focus();
  } catch (e) {
    closeFlow();
    if (!quiet) showNotice(describe(e));
  }
}

export function closeFlow() {
  const wasOpen = state.openFlowId;
  state.openFlowId = null;
  $('flow-view').hidden = true;
  $('flows').hidden = false;
  if (wasOpen) document.querySelector(`[data-flow-id="${CSS.escape(wasOpen)}"] button`)?.focus();
}

async function start() {
  load();
  // Both requests go out at once: start-up waits for one round trip, not two.
  const progress = loadProgress();
  try {
    state.catalog = await call('catalog');
  } catch (e) {
    showNotice(describe(e));
    return;
  }
  buildForm();
  await progress;
  fillForm();
  if (!document.querySelector('#notice p')) showNotice(problemsNotice());
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
