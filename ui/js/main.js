// The window: choose your situation, see the flows that apply, open one and
// follow its steps on your device.

import { call, describe } from './ipc.js';
import { h, clear, append } from './dom.js';

const CONFIDENCE = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
  unverified: 'Unverified',
};
const DEVICE_NAMES = { desktop: 'Computer (web browser)', ios: 'iPhone or iPad', android: 'Android phone' };
const SAVED = 'meta-optout.situation';

const $ = (id) => document.getElementById(id);
let catalog = null;
let openFlowId = null;

function situation() {
  const country = $('country').value;
  const state = $('us-state').value;
  return {
    region: country === 'US' && state ? state : country,
    platforms: [...document.querySelectorAll('#platforms input:checked')].map((i) => i.value),
    device: document.querySelector('#devices input:checked')?.value ?? 'desktop',
  };
}

function remember() {
  try {
    localStorage.setItem(SAVED, JSON.stringify(situation()));
  } catch {
    // Storage may be unavailable; the choice then lasts for this session only.
  }
}

function recalled() {
  try {
    return JSON.parse(localStorage.getItem(SAVED) ?? 'null');
  } catch {
    return null;
  }
}

function showNotice(message) {
  const notice = $('notice');
  notice.hidden = !message;
  notice.replaceChildren(message ? document.createTextNode(message) : '');
}

function buildSetup() {
  const saved = recalled();
  const countries = catalog.regions.filter((r) => !r.code.includes('-'));
  const states = catalog.regions.filter((r) => r.code.startsWith('US-'));
  const byName = (a, b) => a.name.localeCompare(b.name);
  $('country').append(
    h('option', { value: '' }, 'Choose your country…'),
    ...countries.sort(byName).map((r) => h('option', { value: r.code }, r.name)),
  );
  $('us-state').append(
    h('option', { value: '' }, 'Another state or not sure'),
    ...states.sort(byName).map((r) => h('option', { value: r.code }, r.name.replace(' (United States)', ''))),
  );
  const savedPlatforms = saved?.platforms ?? ['facebook', 'instagram'];
  $('platforms').append(
    ...catalog.platforms.map((p) =>
      h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: 'platform', value: p.id, checked: savedPlatforms.includes(p.id) }),
        p.name)),
  );
  const savedDevice = saved?.device ?? 'desktop';
  $('devices').append(
    ...catalog.devices.map((d) =>
      h('label', { class: 'check' },
        h('input', { type: 'radio', name: 'device', value: d, checked: d === savedDevice }),
        DEVICE_NAMES[d] ?? d)),
  );
  if (saved?.region) {
    const [country] = saved.region.split('-');
    $('country').value = country;
    if (saved.region.includes('-')) $('us-state').value = saved.region;
  }
  $('setup').addEventListener('change', () => {
    remember();
    refresh();
  });
}

function describeLaw(region) {
  const law = $('law');
  clear(law);
  const r = catalog.regions.find((x) => x.code === region);
  const f = r && catalog.frameworks.find((x) => x.id === r.framework);
  if (!f) return;
  law.append(h('strong', {}, f.name), h('span', {}, f.summary));
}

async function refresh() {
  const s = situation();
  $('state-row').hidden = $('country').value !== 'US';
  describeLaw(s.region);
  const list = $('flow-list');
  clear(list);
  if (!s.region) {
    list.append(h('li', { class: 'empty' }, 'Choose where you live to see what you can do.'));
    $('flow-view').hidden = true;
    $('flows').hidden = false;
    return;
  }
  try {
    const flows = await call('list_flows', s);
    if (flows.length === 0) {
      list.append(h('li', { class: 'empty' }, 'Nothing applies to this choice. Tick the apps you use.'));
    }
    for (const f of flows) list.append(flowCard(f));
    showNotice(catalog.problems.length ? `Some of your own flow files were skipped: ${catalog.problems.join(' · ')}` : '');
    if (openFlowId) await openFlow(openFlowId, { quiet: true });
  } catch (e) {
    showNotice(describe(e));
  }
}

function flowCard(f) {
  return h('li', { class: 'flow-card', dataset: { flowId: f.id } },
    h('button', { type: 'button', class: 'card-button', onclick: () => openFlow(f.id) },
      h('span', { class: 'card-title' }, f.title),
      h('span', { class: 'card-summary' }, f.summary),
      h('span', { class: 'card-meta' },
        `${f.steps.length} step${f.steps.length === 1 ? '' : 's'} · checked ${f.last_verified}`,
        f.stale ? h('span', { class: 'tag warn' }, 'May be out of date') : null)));
}

async function openFlow(id, { quiet = false } = {}) {
  const view = $('flow-view');
  try {
    const flow = await call('get_flow', { id, ...situation() });
    openFlowId = id;
    renderFlow(view, flow);
    view.hidden = false;
    $('flows').hidden = true;
    if (!quiet) view.querySelector('h2')?.focus();
  } catch (e) {
    openFlowId = null;
    view.hidden = true;
    $('flows').hidden = false;
    if (!quiet) showNotice(describe(e));
  }
}

function renderFlow(view, flow) {
  clear(view);
  const sources = new Map(flow.sources.map((s) => [s.id, s]));
  append(view, [
    h('button', { type: 'button', class: 'link-button', onclick: closeFlow }, '← All flows'),
    h('h2', { tabindex: '-1' }, flow.title),
    h('p', {}, flow.summary),
    h('p', { class: 'meta' },
      `Checked against its sources on ${flow.last_verified} · ${CONFIDENCE[flow.confidence]}`,
      flow.stale ? h('span', { class: 'tag warn' }, 'Not re-checked for over 180 days: Meta may have changed its menus') : null),
    flow.caveats.length ? h('ul', { class: 'caveats', 'aria-label': 'Good to know' },
      flow.caveats.map((c) => h('li', {}, c.text))) : null,
    h('ol', { class: 'steps' }, flow.step_details.map((s) => renderStep(flow, s, sources))),
    h('details', { class: 'sources' },
      h('summary', {}, `Sources (${flow.sources.length})`),
      h('ul', {}, flow.sources.map((s) => h('li', {}, `${s.title} (${s.date}) `, h('span', { class: 'url' }, s.url))))),
  ]);
}

function renderStep(flow, step, sources) {
  const cited = step.sources.map((id) => sources.get(id)?.title).filter(Boolean);
  return h('li', { class: 'step', dataset: { stepId: step.id } },
    h('h3', {}, step.title),
    h('p', { class: 'meta' }, h('span', { class: `tag conf-${step.confidence}` }, CONFIDENCE[step.confidence])),
    step.menu_path.length ? h('nav', { class: 'breadcrumb', 'aria-label': 'Menu path' },
      h('ol', {}, step.menu_path.map((label) => h('li', {}, label)))) : null,
    step.body ? h('p', {}, step.body) : null,
    step.instructions.length ? h('ol', { class: 'instructions' }, step.instructions.map((line) => h('li', {}, line))) : null,
    step.link ? h('p', { class: 'open' },
      h('button', { type: 'button', class: 'primary', onclick: () => openLink(flow.id, step.id) },
        step.link.label ?? 'Open in browser'),
      h('span', { class: 'host' }, ` opens ${step.link.host} in your browser`)) : null,
    step.authority ? h('p', { class: 'authority' }, 'Your authority: ', h('strong', {}, step.authority.name)) : null,
    step.caveats.length ? h('ul', { class: 'caveats' }, step.caveats.map((c) => h('li', {}, c.text))) : null,
    step.evidence.length ? h('p', { class: 'evidence' },
      'Write down: ', step.evidence.map((e) => e.label).join('; ')) : null,
    step.follow_up ? h('p', { class: 'follow-up' }, step.follow_up.title,
      ` (${period(step.follow_up.after)} after you finish this step)`) : null,
    cited.length ? h('p', { class: 'cited' }, `Based on: ${cited.join('; ')}`) : null,
  );
}

function period(p) {
  const parts = [];
  if (p.months) parts.push(`${p.months} month${p.months === 1 ? '' : 's'}`);
  if (p.days) parts.push(`${p.days} day${p.days === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

async function openLink(flow, step) {
  try {
    await call('open_step_link', { flow, step, region: situation().region });
    showNotice('');
  } catch (e) {
    showNotice(describe(e));
  }
}

function closeFlow() {
  openFlowId = null;
  $('flow-view').hidden = true;
  $('flows').hidden = false;
  document.querySelector(`[data-flow-id] button`)?.focus();
}

async function start() {
  try {
    catalog = await call('catalog');
  } catch (e) {
    showNotice(describe(e));
    return;
  }
  buildSetup();
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
