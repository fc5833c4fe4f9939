// One flow, step by step: where to tap, what to do, the link to open, and
// for a profile, recording the step (done, skipped, a note, evidence).

import { call, describe } from './ipc.js';
import { h, clear, append } from './dom.js';
import { state, currentProfile } from './state.js';
import { progressCall, showNotice } from './main.js';
import { formatDate } from './dashboard.js';

const CONFIDENCE = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence', unverified: 'Unverified' };

export function renderFlow(view, flow, { onBack, onChange }) {
  clear(view);
  const sources = new Map(flow.sources.map((s) => [s.id, s]));
  const report = currentProfile();
  const records = new Map((report?.flows.find((f) => f.id === flow.id)?.steps ?? []).map((s) => [s.id, s]));
  append(view, [
    h('button', { type: 'button', class: 'link-button', onclick: onBack }, '← All flows'),
    h('h2', { tabindex: '-1' }, flow.title),
    h('p', {}, flow.summary),
    h('p', { class: 'meta' },
      `Checked against its sources on ${formatDate(flow.last_verified)} · ${CONFIDENCE[flow.confidence]}`,
      flow.stale ? h('span', { class: 'tag warn' }, 'Not re-checked for over 180 days: Meta may have changed its menus') : null),
    flow.caveats.length ? h('ul', { class: 'caveats', 'aria-label': 'Good to know' }, flow.caveats.map((c) => h('li', {}, c.text))) : null,
    report ? null : h('p', { class: 'hint' }, 'Save a profile (on the left) to record your progress on these steps.'),
    h('ol', { class: 'steps' }, flow.step_details.map((s) => renderStep(flow, s, sources, report, records.get(s.id), onChange))),
    h('details', { class: 'sources' },
      h('summary', {}, `Sources (${flow.sources.length})`),
      h('ul', {}, flow.sources.map((s) => h('li', {}, `${s.title} (${formatDate(s.date)}) `, h('span', { class: 'url' }, s.url))))),
  ]);
}

function statusText(r) {
  if (!r || r.status === 'todo') return 'To do';
  const when = r.changed ? ` on ${formatDate(r.changed.slice(0, 10))}` : '';
  if (r.status === 'done') return `Done${when}`;
  if (r.status === 'skipped') return `Skipped${when}: ${r.reason ?? ''}`;
  return `Waiting until ${formatDate(r.until ?? '')}`;
}

// A text field whose typed value survives re-renders until it is saved.
function draftInput(key, saved, attrs, multiline = false) {
  const value = state.drafts.get(key) ?? saved ?? '';
  const input = h(multiline ? 'textarea' : 'input', { ...attrs, oninput: (e) => state.drafts.set(key, e.target.value) });
  input.value = value;
  return input;
}

function renderStep(flow, step, sources, report, record, onChange) {
  const cited = step.sources.map((id) => sources.get(id)?.title).filter(Boolean);
  const key = `${flow.id}/${step.id}`;
  return h('li', { class: `step status-${record?.status ?? 'todo'}`, dataset: { stepId: step.id } },
    h('h3', {}, step.title),
    h('p', { class: 'meta' },
      report ? h('span', { class: 'status' }, statusText(record)) : null,
      h('span', { class: `tag conf-${step.confidence}` }, CONFIDENCE[step.confidence])),
    step.menu_path.length ? h('nav', { class: 'breadcrumb', 'aria-label': 'Menu path' },
      h('ol', {}, step.menu_path.map((label) => h('li', {}, label)))) : null,
    step.body ? h('p', {}, step.body) : null,
    step.instructions.length ? h('ol', { class: 'instructions' }, step.instructions.map((line) => h('li', {}, line))) : null,
    step.authority ? h('p', { class: 'authority' }, 'Your authority: ', h('strong', {}, step.authority.name)) : null,
    step.link ? h('p', { class: 'open' },
      h('button', { type: 'button', class: 'primary', onclick: () => openLink(flow.id, step.id) }, step.link.label ?? 'Open in browser'),
      h('span', { class: 'host' }, ` opens ${step.link.host} in your browser`)) : null,
    step.caveats.length ? h('ul', { class: 'caveats' }, step.caveats.map((c) => h('li', {}, c.text))) : null,
    step.follow_up ? h('p', { class: 'follow-up' }, step.follow_up.title, ` (${period(step.follow_up.after)} after you finish this step)`) : null,
    cited.length ? h('p', { class: 'cited' }, `Based on: ${cited.join('; ')}`) : null,
    report ? renderRecord(flow, step, report, record, key, onChange) : null,
  );
}

function renderRecord(flow, step, report, record, key, onChange) {
  const profile = report.profile.id;
  const send = async (update) => {
    const ok = await progressCall('mark_step', { update: { profile, flow: flow.id, step: step.id, ...update } });
    if (ok) {
      for (const k of [...state.drafts.keys()]) if (k.startsWith(`${key}/`)) state.drafts.delete(k);
      await onChange();
    }
  };
  const reason = draftInput(`${key}/reason`, record?.reason, { id: `reason-${step.id}`, class: 'reason', maxlength: 500 });
  const skipBox = h('div', { class: 'skip-box', hidden: true },
    h('label', { for: `reason-${step.id}` }, 'Why are you skipping it?'), reason,
    h('button', { type: 'button', class: 'secondary skip-confirm', onclick: () => {
      if (!reason.value.trim()) {
        showNotice('Say why you skip this step, for example "not applicable: no Instagram account".');
        reason.focus();
        return;
      }
      send({ status: 'skipped', reason: reason.value });
    } }, 'Skip this step'));
  const note = draftInput(`${key}/note`, record?.note, { id: `note-${step.id}`, rows: 2, maxlength: 10000 }, true);
  const evidence = step.evidence.map((e) => {
    const input = draftInput(`${key}/evidence/${e.id}`, record?.evidence?.[e.id], {
      id: `ev-${step.id}-${e.id}`, type: e.kind === 'date' ? 'date' : e.kind === 'email' ? 'email' : 'text', dataset: { evidence: e.id },
    });
    return h('div', { class: 'field' }, h('label', { for: input.id }, e.label), input, e.hint ? h('small', {}, e.hint) : null);
  });
  const done = record?.status === 'done';
  return h('div', { class: 'record', role: 'group', 'aria-label': `Your record of: ${step.title}` },
    h('div', { class: 'actions' },
      done ? null : h('button', { type: 'button', class: 'primary mark-done', onclick: () => send({ status: 'done', ...fields(note, evidence) }) }, 'Mark done'),
      record?.status === 'skipped' ? null : h('button', { type: 'button', class: 'secondary skip', onclick: () => {
        skipBox.hidden = false;
        reason.focus();
      } }, 'Skip…'),
      record?.changed ? h('button', { type: 'button', class: 'secondary undo', onclick: async () => {
        if (await progressCall('undo_step', { profile, flow: flow.id, step: step.id })) await onChange();
      } }, 'Undo') : null),
    skipBox,
    h('details', { class: 'notes', open: Boolean(record?.note || Object.keys(record?.evidence ?? {}).length || hasDrafts(key)) },
      h('summary', {}, step.evidence.length ? 'Note and evidence' : 'Note'),
      evidence,
      h('div', { class: 'field' }, h('label', { for: note.id }, 'Note'), note),
      h('button', { type: 'button', class: 'secondary save-note', onclick: () => send(fields(note, evidence)) }, 'Save')));
}

function hasDrafts(key) {
  return [...state.drafts.keys()].some((k) => k.startsWith(`${key}/`));
}

function fields(note, evidence) {
  const values = {};
  for (const wrap of evidence) {
    const input = wrap.querySelector('input');
    values[input.dataset.evidence] = input.value;
  }
  return { note: note.value, evidence: values };
}

function period(p) {
  const parts = [];
  if (p.months) parts.push(`${p.months} month${p.months === 1 ? '' : 's'}`);
  if (p.days) parts.push(`${p.days} day${p.days === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

async function openLink(flow, step) {
  try {
    await call('open_step_link', { flow, step, region: currentProfile()?.profile.region ?? state.draftSituation.region });
  } catch (e) {
    showNotice(describe(e));
  }
}
