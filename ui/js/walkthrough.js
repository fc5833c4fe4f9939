// One guide, one step at a time: where to find it in Meta's menus, what to
// do on the chosen device, the link to open, what to keep as evidence, a
// letter where one helps, and Done / Skip / Back / Next.

import { h, clear, append } from './dom.js';
import { t, formatDate } from './i18n.js';
import { state, currentProfile, draft } from './state.js';
import { renderLetters } from './letters.js';

const STATUS_MARK = { done: '✓', skipped: '–', waiting: '…', todo: '' };

function period(p) {
  const months = p.months ? t('period-months', { count: p.months }) : '';
  const days = p.days ? t('period-days', { count: p.days }) : '';
  return months && days ? t('period-both', { months, days }) : months || days;
}

function statusText(r) {
  if (!r || r.status === 'todo') return t('status-todo');
  const date = r.changed ? formatDate(r.changed.slice(0, 10)) : '';
  if (r.status === 'done') return date ? t('status-done-on', { date }) : t('status-done');
  if (r.status === 'skipped') return t('status-skipped-on', { date, reason: r.reason ?? '' });
  return t('status-waiting', { date: formatDate(r.until ?? '') });
}

function records(flow) {
  const report = currentProfile();
  return new Map((report?.flows.find((f) => f.id === flow.id)?.steps ?? []).map((s) => [s.id, s]));
}

// A text field whose typed value survives re-renders until it is saved.
function draftField(key, saved, attrs, multiline = false) {
  const input = h(multiline ? 'textarea' : 'input', { ...attrs, oninput: (e) => {
    state.drafts.set(key, e.target.value);
    attrs.onchanged?.();
  } });
  input.value = draft(key, saved);
  return input;
}

function menuPath(step) {
  if (!step.menu_path.length) return null;
  return h('nav', { class: 'breadcrumb', 'aria-label': t('walk-menu-path') },
    h('h4', {}, t('walk-menu-path')),
    h('ol', {}, step.menu_path.map((m) => h('li', { class: `menu-${m.status}` },
      h('span', { class: 'menu-label' }, m.label),
      m.label !== m.english ? h('span', { class: 'menu-english' }, t('menu-label-english', { label: m.english })) : null,
      m.status === 'unconfirmed'
        ? h('span', { class: 'tag warn', title: t('menu-label-unconfirmed-hint') }, t('menu-label-unconfirmed'))
        : null))),
    step.menu_path.some((m) => m.status === 'unconfirmed') ? h('p', { class: 'hint' }, t('menu-label-unconfirmed-hint')) : null);
}

function deviceSwitch(actions) {
  return h('fieldset', { class: 'device-switch' },
    h('legend', {}, t('walk-device')),
    state.catalog.devices.map((d) => {
      const radio = h('input', { type: 'radio', name: 'walk-device', value: d, onchange: () => actions.setDevice(d) });
      radio.checked = state.device === d;
      return h('label', { class: 'check' }, radio, h('span', {}, t(`device-${d}`)));
    }));
}

function sourceList(flow, ids) {
  const byId = new Map(flow.sources.map((s) => [s.id, s]));
  const cited = ids.map((id) => byId.get(id)).filter(Boolean);
  if (!cited.length) return null;
  return h('details', { class: 'step-sources' },
    h('summary', {}, t('walk-sources', { count: cited.length })),
    h('ul', {}, cited.map((s) => h('li', {}, `${s.title} (${s.date ? formatDate(s.date) : t('source-undated')}) `, h('span', { class: 'url' }, s.url)))));
}

// Whether Meta changed this step since the person did it (the overview
// lists it): "Done again" then records that it was done on the new menus.
function changedSince(flow, step) {
  return (currentProfile()?.changed_since ?? []).some((c) => c.flow === flow.id && c.step === step.id);
}

function renderRecord(flow, step, record, actions) {
  const report = currentProfile();
  const key = `${flow.id}/${step.id}`;
  const evidence = step.evidence.map((e) => {
    const input = draftField(`${key}/evidence/${e.id}`, record?.evidence?.[e.id], {
      id: `ev-${step.id}-${e.id}`, type: e.kind === 'date' ? 'date' : e.kind === 'email' ? 'email' : 'text',
      dataset: { evidence: e.id }, 'aria-describedby': e.hint ? `ev-${step.id}-${e.id}-hint` : null,
      onchanged: actions.letterChanged,
    });
    return h('div', { class: 'field' }, h('label', { for: input.id }, e.label), input,
      e.hint ? h('p', { id: `ev-${step.id}-${e.id}-hint`, class: 'hint' }, e.hint) : null);
  });
  const note = draftField(`${key}/note`, record?.note, { id: `note-${step.id}`, rows: 3, maxlength: 10000, onchanged: actions.letterChanged }, true);
  const values = () => ({
    note: note.value,
    evidence: Object.fromEntries(evidence.map((w) => {
      const input = w.querySelector('input');
      return [input.dataset.evidence, input.value];
    })),
  });
  const reason = draftField(`${key}/reason`, record?.reason, { id: `reason-${step.id}`, class: 'reason', maxlength: 500 });
  const skipBox = h('div', { class: 'skip-box', hidden: true },
    h('label', { for: reason.id }, t('walk-skip-reason')), reason,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary skip-confirm', onclick: () => {
        if (!reason.value.trim()) {
          actions.notice(t('walk-skip-needs-reason'));
          reason.focus();
          return;
        }
        actions.mark(step, { status: 'skipped', reason: reason.value, ...values() }, key);
      } }, t('walk-skip-confirm')),
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        skipBox.hidden = true;
        skipButton.focus();
      } }, t('walk-skip-cancel'))));
  const status = record?.status ?? 'todo';
  const skipButton = h('button', { type: 'button', class: 'secondary skip', 'aria-expanded': 'false', onclick: () => {
    skipBox.hidden = false;
    skipButton.setAttribute('aria-expanded', 'true');
    reason.focus();
  } }, t('walk-skip'));
  return h('section', { class: 'record', 'aria-labelledby': `record-${step.id}` },
    h('h4', { id: `record-${step.id}` }, t('walk-record')),
    evidence.length ? h('fieldset', { class: 'evidence' }, h('legend', {}, t('walk-evidence')), evidence) : null,
    h('div', { class: 'field' }, h('label', { for: note.id }, t('walk-note')), note),
    h('div', { class: 'actions' },
      status === 'done' && !changedSince(flow, step) ? null : h('button', { type: 'button', class: 'primary mark-done', onclick: () =>
        actions.mark(step, { status: 'done', ...values() }, key, { advance: true }) }, t(status === 'done' ? 'walk-done-again' : 'walk-done')),
      status === 'skipped' ? null : skipButton,
      status !== 'todo' || step.evidence.length ? h('button', { type: 'button', class: 'secondary save-note', onclick: () =>
        actions.mark(step, values(), key) }, t('walk-save')) : null,
      record?.changed ? h('button', { type: 'button', class: 'secondary undo', onclick: () => actions.undo(step) }, t('walk-undo')) : null),
    // The same beside the buttons, when the person stays on this step.
    h('p', { class: 'record-confirmation confirmation', role: 'status', 'aria-live': 'polite', tabindex: '-1', hidden: true }),
    skipBox,
    report ? renderAttachments(step, record, actions) : null,
    report && step.follow_up && status === 'done' ? renderReply(flow, step, record, actions) : null,
    report ? null : h('p', { class: 'hint' }, t('walk-no-profile')));
}

function fileSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// The files kept as evidence for this step, each with its digest (what the
// record and the bundle give), and the control that attaches another.
function renderAttachments(step, record, actions) {
  const files = record?.attachments ?? [];
  return h('section', { class: 'attachments', 'aria-labelledby': `files-${step.id}` },
    h('h5', { id: `files-${step.id}` }, t('walk-attachments')),
    files.length ? h('ul', {}, files.map((a) => h('li', { class: a.state === 'kept' ? null : 'warn-text' },
      t('walk-attachment', { name: a.name, size: fileSize(a.size), sha: a.sha256.slice(0, 16) }),
      a.state === 'kept' ? null : h('span', {}, ` ${t(`walk-attachment-${a.state}`)}`)))) : null,
    h('p', { id: `attach-${step.id}-hint`, class: 'hint' }, t('walk-attach-hint')),
    h('button', { type: 'button', class: 'secondary attach-file', 'aria-describedby': `attach-${step.id}-hint`,
      onclick: () => actions.attach(step) }, t('walk-attach')));
}

// "This step does not match what I see": a report the person copies and
// sends to the maintainers by their own means; the app sends nothing. Its
// labels stay in English, for the maintainers who read it.
function renderMismatch(flow, step) {
  const id = `mismatch-${step.id}`;
  const field = (name, rows) => h('textarea', { id: `${id}-${name}`, rows, maxlength: 4000 });
  const expected = field('expected', 2);
  const saw = field('saw', 2);
  const more = field('more', 2);
  const report = h('textarea', { id: `${id}-report`, class: 'mismatch-report', rows: 9, readonly: true, spellcheck: 'false' });
  const g = state.catalog.guides;
  const compose = () => {
    report.value = [
      'meta-optout: a step does not match what I see',
      `Guide: ${flow.id} (${flow.title}), checked ${flow.last_verified}`,
      `Step: ${step.id} (${step.title})`,
      `Guides in use: ${g.source === 'pack' ? `pack ${g.version} of ${g.date}, key ${g.signer_id}` : `built in, checked up to ${g.date}`}`,
      `App: ${state.catalog.version}; language: ${state.locale || state.systemLocale}; Meta app language: ${state.metaLocale || state.locale || state.systemLocale}; device: ${state.device}`,
      `Expected: ${expected.value.trim()}`,
      `Saw instead: ${saw.value.trim()}`,
      more.value.trim() ? `More: ${more.value.trim()}` : null,
    ].filter((l) => l !== null).join('\n');
  };
  for (const f of [expected, saw, more]) f.addEventListener('input', compose);
  compose();
  const said = h('span', { class: 'copied', role: 'status' });
  return h('details', { class: 'mismatch' },
    h('summary', {}, t('mismatch-open')),
    h('div', { class: 'field' }, h('label', { for: expected.id }, t('mismatch-expected')), expected),
    h('div', { class: 'field' }, h('label', { for: saw.id }, t('mismatch-saw')), saw),
    h('div', { class: 'field' }, h('label', { for: more.id }, t('mismatch-more')), more),
    h('div', { class: 'field' }, h('label', { for: report.id }, t('mismatch-report')), report),
    h('p', { class: 'hint' }, t('mismatch-hint')),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary copy-report', onclick: async () => {
      try {
        await navigator.clipboard.writeText(report.value);
        said.textContent = t('letter-copied');
      } catch {
        report.select();
        said.textContent = document.execCommand('copy') ? t('letter-copied') : t('letter-copy-failed');
      }
    } }, t('mismatch-copy')), said));
}

const OUTCOMES = ['accepted', 'refused', 'asked-for-more', 'no-answer'];

// What Meta answered to the request this step sent: the outcome decides what
// the overview offers next.
function renderReply(flow, step, record, actions) {
  const key = `${flow.id}/${step.id}/reply`;
  const saved = record?.reply;
  const outcome = h('select', { id: `reply-${step.id}-outcome` },
    OUTCOMES.map((o) => h('option', { value: o, selected: (state.drafts.get(`${key}/outcome`) ?? saved?.outcome) === o }, t(`outcome-${o}`))));
  outcome.addEventListener('change', () => state.drafts.set(`${key}/outcome`, outcome.value));
  const received = draftField(`${key}/received`, saved?.received, { id: `reply-${step.id}-received`, type: 'date' });
  const text = draftField(`${key}/text`, saved?.text, { id: `reply-${step.id}-text`, rows: 4, maxlength: 100000 }, true);
  return h('fieldset', { class: 'reply' },
    h('legend', {}, t('walk-reply')),
    saved ? h('p', { class: 'reply-current' }, saved.received
      ? t('walk-reply-current', { outcome: t(`outcome-${saved.outcome}`), date: formatDate(saved.received) })
      : t('walk-reply-current-undated', { outcome: t(`outcome-${saved.outcome}`) })) : null,
    h('div', { class: 'field' }, h('label', { for: outcome.id }, t('walk-reply-outcome')), outcome),
    h('div', { class: 'field' }, h('label', { for: received.id }, t('walk-reply-received')), received),
    h('div', { class: 'field' }, h('label', { for: text.id }, t('walk-reply-text')), text),
    h('button', { type: 'button', class: 'secondary save-reply', onclick: () =>
      actions.reply(step, { outcome: outcome.value, received: received.value || null, text: text.value || null }) }, t('walk-reply-save')));
}

// The step's link: the button that opens it in the browser here, and its QR
// code to take it to the phone. When the person follows the steps on a
// phone, the code comes first and the button says it opens on the computer.
function openLink(step, actions) {
  const onPhone = state.device === 'ios' || state.device === 'android';
  const label = step.link.label ?? (step.authority ? t('walk-open-authority', { name: step.authority.name }) : t('walk-open'));
  const qr = h('figure', { class: 'qr', id: `qr-${step.id}`, hidden: true });
  const phone = h('button', { type: 'button', class: 'secondary phone-link', 'aria-expanded': 'false', 'aria-controls': `qr-${step.id}`,
    onclick: () => showQr() }, t('walk-open-on-phone'));
  async function showQr() {
    const code = await actions.phoneLink(step);
    if (!code) return;
    const img = h('img', { src: `data:image/svg+xml;base64,${btoa(code.svg)}`, alt: t('walk-qr-alt', { url: code.url }), width: 240, height: 240 });
    qr.replaceChildren(img, h('figcaption', { class: 'hint' }, t('walk-qr-explain')));
    qr.hidden = false;
    phone.setAttribute('aria-expanded', 'true');
  }
  if (onPhone) showQr();
  return h('div', { class: 'open' },
    onPhone ? qr : null,
    h('button', { type: 'button', class: onPhone ? 'secondary open-link' : 'primary open-link', 'aria-describedby': `host-${step.id}`, onclick: () => actions.openLink(step) },
      onPhone ? t('walk-open-on-computer', { label }) : label),
    h('p', { id: `host-${step.id}`, class: 'hint host' }, t('walk-open-hint', { host: step.link.host })),
    onPhone ? null : phone,
    onPhone ? null : qr);
}

function renderStep(flow, step, index, record, actions) {
  const n = flow.step_details.length;
  return h('article', { class: `step status-${record?.status ?? 'todo'}`, dataset: { stepId: step.id }, 'aria-labelledby': 'step-title' },
    h('p', { class: 'step-count' }, t('walk-step-of', { n: index + 1, total: n })),
    h('h3', { id: 'step-title', tabindex: '-1' }, step.title),
    // What the last action did, under the title the person lands on after
    // moving on; announced to screen readers.
    h('p', { class: 'step-confirmation confirmation', role: 'status', 'aria-live': 'polite', tabindex: '-1', hidden: true }),
    h('p', { class: 'meta' },
      h('span', { class: 'status' }, statusText(record)),
      h('span', { class: `tag conf-${step.confidence}` }, t(`confidence-${step.confidence}`))),
    deviceSwitch(actions),
    menuPath(step),
    step.body ? h('p', { class: 'body' }, step.body) : null,
    step.instructions.length ? h('section', { class: 'instructions', 'aria-labelledby': `how-${step.id}` },
      h('h4', { id: `how-${step.id}` }, t('walk-instructions')),
      h('ol', {}, step.instructions.map((line) => h('li', {}, line)))) : null,
    step.authority ? h('p', { class: 'authority' }, t('walk-authority', { name: step.authority.name })) : null,
    step.link ? openLink(step, actions) : null,
    step.caveats.length ? h('section', { class: 'caveats', 'aria-label': t('walk-caveats') },
      h('ul', {}, step.caveats.map((c) => h('li', {}, c.text)))) : null,
    step.follow_up ? h('p', { class: 'follow-up-note' }, t('walk-follow-up', { title: step.follow_up.title, after: period(step.follow_up.after) })) : null,
    step.letter ? renderLetters(flow, step, currentProfile() ? actions.keepLetter : null) : null,
    renderRecord(flow, step, record, actions),
    sourceList(flow, step.sources),
    renderMismatch(flow, step),
    h('nav', { class: 'step-nav', 'aria-label': t('walk-steps') },
      h('button', { type: 'button', class: 'secondary prev', disabled: index === 0, onclick: () => actions.go(index - 1) }, t('walk-previous')),
      index + 1 < n
        ? h('button', { type: 'button', class: 'secondary next', onclick: () => actions.go(index + 1) }, t('walk-next'))
        : h('button', { type: 'button', class: 'secondary finish', onclick: actions.back }, t('walk-finish'))));
}

// Whether the window is too short to show the list of steps above the step.
function compactSteps() {
  return matchMedia('(max-height: 650px)').matches;
}
// The person's choice to open the folded list, for the guide it was made in.
let stepperOpen = { flow: null, open: false };

export function renderWalk(el, flow, index, actions) {
  clear(el);
  const recs = records(flow);
  const step = flow.step_details[index];
  const done = flow.step_details.filter((s) => ['done', 'skipped'].includes(recs.get(s.id)?.status)).length;
  append(el, [
    h('div', { class: 'walk-head' },
      h('button', { type: 'button', class: 'link-button back', onclick: actions.back }, `← ${t('walk-back')}`),
      h('h2', { id: 'walk-title', tabindex: '-1' }, flow.title),
      h('p', { class: 'meta' },
        t('walk-checked', { date: formatDate(flow.last_verified) }),
        h('span', { class: `tag conf-${flow.confidence}` }, t(`confidence-${flow.confidence}`))),
      flow.stale ? h('p', { class: 'stale-banner', role: 'note' }, t('walk-stale', { date: formatDate(flow.last_verified) })) : null,
      h('div', { class: 'card-progress' },
        h('progress', { max: flow.step_details.length, value: done, 'aria-label': t('flow-card-progress', { done, total: flow.step_details.length }) }),
        h('span', {}, t('flow-card-progress', { done, total: flow.step_details.length })))),
    h('div', { class: 'walk-body' },
      // In a short window the list of steps folds into one line ("Step 3 of
      // 5") that opens it, so the step's title and first instruction are in
      // view without scrolling; the choice is remembered while the guide is open.
      h('details', { class: 'stepper-box', open: !compactSteps() || (stepperOpen.flow === flow.id && stepperOpen.open),
        ontoggle: (e) => { stepperOpen = { flow: flow.id, open: e.target.open }; } },
      h('summary', { class: 'stepper-summary' }, t('walk-step-of', { n: index + 1, total: flow.step_details.length })),
      h('nav', { class: 'stepper', 'aria-label': t('walk-steps') },
        h('ol', {}, flow.step_details.map((s, i) => {
          const st = recs.get(s.id)?.status ?? 'todo';
          return h('li', { class: `st-${st}` },
            h('button', { type: 'button', class: 'stepper-button', 'aria-current': i === index ? 'step' : null,
              dataset: { stepId: s.id }, onclick: () => actions.go(i) },
            h('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS_MARK[st] || String(i + 1)),
            h('span', { class: 'stepper-title' }, s.title),
            h('span', { class: 'visually-hidden' }, ` (${statusText(recs.get(s.id))})`)));
        })))),
      step ? renderStep(flow, step, index, recs.get(step.id), actions) : null),
    flow.caveats.length ? h('section', { class: 'caveats flow-caveats', 'aria-labelledby': 'flow-caveats-title' },
      h('h3', { id: 'flow-caveats-title' }, t('walk-caveats')),
      h('ul', {}, flow.caveats.map((c) => h('li', {}, c.text)))) : null,
    h('details', { class: 'sources' },
      h('summary', {}, t('walk-sources', { count: flow.sources.length })),
      h('ul', {}, flow.sources.map((s) => h('li', {}, `${s.title} (${s.date ? formatDate(s.date) : t('source-undated')}) `, h('span', { class: 'url' }, s.url)))))]);
}

