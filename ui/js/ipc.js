// The bridge to the app. Tauri injects `__TAURI_INTERNALS__` into its own
// pages; using it directly keeps the global `window.__TAURI__` API off.

import { t, has } from './i18n.js';

export async function call(command, args = {}) {
  const internals = window.__TAURI_INTERNALS__;
  if (!internals) throw { kind: 'no-app', message: 'This page only works inside the Meta opt-out app.' };
  return internals.invoke(command, args);
}

// An error from a command is `{ kind, message }`: it is told in the
// person's language, what to do next included, with the app's own wording
// kept as the details (it names the file or value at fault).
export function describe(error) {
  const kind = error && typeof error === 'object' ? error.kind : null;
  const detail = error && typeof error === 'object' && typeof error.message === 'string' ? error.message : String(error);
  // Each error kind has its own message (`error-<kind>`); a kind this page
  // does not know yet gets the general one.
  const said = t(kind && has(`error-${kind}`) ? `error-${kind}` : 'error-other');
  return kind === 'no-app' ? said : `${said} ${t('error-details', { detail })}`;
}
