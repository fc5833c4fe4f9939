// The list of flows that apply, with progress for the current profile and
// the follow-ups that are due.

import { h, clear } from './dom.js';

const LONG_DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : LONG_DATE.format(d);
}

function followUpText(f) {
  if (f.kind === 'grace-ends') {
    return f.days_left >= 0
      ? `${f.title}: ${formatDate(f.due)}, in ${f.days_left} day${f.days_left === 1 ? '' : 's'}. Do not log in before then.`
      : `${f.title} on ${formatDate(f.due)}.`;
  }
  return f.days_left < 0 ? `${f.title}: it was due on ${formatDate(f.due)}.` : `${f.title} on ${formatDate(f.due)}.`;
}

export function renderDashboard(dashboard, list, flows, report, openFlow) {
  clear(dashboard);
  clear(list);
  if (report) {
    const due = report.follow_ups.filter((f) => f.days_left <= 7);
    if (due.length) {
      dashboard.append(h('ul', { class: 'follow-ups', 'aria-label': 'Due soon or overdue' },
        due.map((f) => h('li', { class: f.days_left < 0 ? 'overdue' : 'due' },
          followUpText(f),
          f.next_flow && f.days_left < 0
            ? h('button', { type: 'button', class: 'link-button', onclick: () => openFlow(f.next_flow) }, ' Escalate')
            : null))));
    }
    dashboard.append(h('p', { class: 'per-platform' },
      report.platforms.map((p) => h('span', {}, `${p.platform}: ${p.done} of ${p.total} steps`))));
    if (report.earlier.length) {
      dashboard.append(h('p', { class: 'meta' },
        `${report.earlier.length} recorded step${report.earlier.length === 1 ? ' is' : 's are'} from an earlier version of the flows or no longer apply; they are kept in your record.`));
    }
  }
  if (flows.length === 0) {
    list.append(h('li', { class: 'empty' }, 'Nothing applies to this choice. Tick the apps you use.'));
  }
  for (const f of flows) {
    const progress = report?.flows.find((x) => x.id === f.id);
    list.append(h('li', { class: 'flow-card', dataset: { flowId: f.id } },
      h('button', { type: 'button', class: 'card-button', onclick: () => openFlow(f.id) },
        h('span', { class: 'card-title' }, f.title),
        h('span', { class: 'card-summary' }, f.summary),
        progress ? h('span', { class: 'card-progress' },
          h('progress', { max: progress.total, value: progress.done, 'aria-label': `${progress.done} of ${progress.total} steps done` }),
          ` ${progress.done} of ${progress.total} done`) : null,
        h('span', { class: 'card-meta' },
          `${f.steps.length} step${f.steps.length === 1 ? '' : 's'} · checked ${formatDate(f.last_verified)}`,
          f.stale ? h('span', { class: 'tag warn' }, 'May be out of date') : null))));
  }
}
