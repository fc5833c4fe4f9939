// The one thing the blank window does: tell the benchmark it is on screen.
window.__TAURI_INTERNALS__.invoke('ready');
