// What the window knows: the catalog, every profile's progress, and the
// person's local choices (current profile, device), remembered between runs.

const SAVED = 'meta-optout.window';

export const state = {
  catalog: null,
  overview: { profiles: [] },
  profileId: null,
  device: 'desktop',
  // Situation while no profile exists yet (exploring).
  draftSituation: { region: '', platforms: ['facebook', 'instagram'] },
  openFlowId: null,
  // Typed but unsaved text, by `flow/step/field`, so a re-render or an
  // error never loses what someone typed.
  drafts: new Map(),
};

export function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(SAVED) ?? 'null');
    if (saved) {
      state.profileId = saved.profileId ?? null;
      state.device = saved.device ?? 'desktop';
      if (saved.draftSituation) state.draftSituation = saved.draftSituation;
    }
  } catch {
    // Unreadable local choices: start with the defaults.
  }
}

export function save() {
  try {
    localStorage.setItem(SAVED, JSON.stringify({
      profileId: state.profileId, device: state.device, draftSituation: state.draftSituation,
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

// The region and platforms the flows are filtered by.
export function situation() {
  const p = currentProfile()?.profile;
  return p
    ? { region: p.region, platforms: p.platforms, device: state.device }
    : { ...state.draftSituation, device: state.device };
}
