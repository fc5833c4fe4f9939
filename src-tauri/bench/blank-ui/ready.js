// The one thing the blank window does: tell the benchmark it is on screen,
// the same way meta-optout does (after its first frame is painted).
requestAnimationFrame(() => setTimeout(() => window.__TAURI_INTERNALS__.invoke('ready'), 0));
