// What the window knows: the catalog, every profile's progress, and the
// person's local choices (profile, device, languages, where they were in
// each guide), remembered between runs.

const SAVED = 'meta-optout.window';

export const state = {
  catalog: null,
  overview: { profiles: [] },
  profileId: null,
  device: 'desktop',
  // The app's language as chosen ('' = follow the system) and the language
  // of the person's Meta apps ('' = same as the app's).
  locale: '',
  metaLocale: '',
  // The step each guide was left at, by flow id.
  stepAt: {},
  screen: 'dashboard',
  openFlowId: null,
  // Typed but unsaved text, by `flow/step/field` (or `profile/field`), so a
  // re-render or an error never loses what someone typed.
  drafts: new Map(),
};

export function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(SAVED) ?? 'null');
    if (saved && typeof saved === 'object') {
      state.profileId = typeof saved.profileId === 'string' ? saved.profileId : null;
      state.device = ['desktop', 'ios', 'android'].includes(saved.device) ? saved.device : 'desktop';
      state.locale = typeof saved.locale === 'string' ? saved.locale : '';
      state.metaLocale = typeof saved.metaLocale === 'string' ? saved.metaLocale : '';
      state.stepAt = saved.stepAt && typeof saved.stepAt === 'object' ? saved.stepAt : {};
    }
  } catch {
    // Unreadable local choices: start with the defaults.
  }
}

export function save() {
  try {
    localStorage.setItem(SAVED, JSON.stringify({
      profileId: state.profileId,
      device: state.device,
      locale: state.locale,
      metaLocale: state.metaLocale,
      stepAt: state.stepAt,
    }));
  } catch {
    // Storage unavailable: the choices last for this session only.
  }
}

export function currentProfile() {
  return state.overview.profiles.find((r) => r.profile.id === state.profileId) ?? null;
}

// Keeps the current profile pointing at one that exists (the first, if any).
export function keepProfileValid() {
  if (!currentProfile()) state.profileId = state.overview.profiles[0]?.profile.id ?? null;
}

// The region, platforms and device the guides are filtered by.
export function situation() {
  const p = currentProfile()?.profile;
  return p
    ? { region: p.region, platforms: p.platforms, device: state.device }
    : { region: '', platforms: [], device: state.device };
}

// A draft field: typed text kept until it is saved.
export function draft(key, saved) {
  return state.drafts.has(key) ? state.drafts.get(key) : (saved ?? '');
}

export function clearDrafts(prefix) {
  for (const k of [...state.drafts.keys()]) if (k.startsWith(prefix)) state.drafts.delete(k);
}
