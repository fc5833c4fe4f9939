// The bridge to the app. Tauri injects `__TAURI_INTERNALS__` into its own
// pages; using it directly keeps the global `window.__TAURI__` API off.

export async function call(command, args = {}) {
  const internals = window.__TAURI_INTERNALS__;
  if (!internals) throw { kind: 'no-app', message: 'This page only works inside the Meta opt-out app.' };
  return internals.invoke(command, args);
}

// An error from a command is `{ kind, message }`; anything else is shown as text.
export function describe(error) {
  if (error && typeof error === 'object' && typeof error.message === 'string') return error.message;
  return String(error);
}
