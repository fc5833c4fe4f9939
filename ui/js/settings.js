// Settings (the app's language, the language of the person's Meta apps)
// and About.

import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';
import { languageSelect } from './profile.js';

export function renderSettings(el, actions) {
  clear(el);
  const system = state.catalog.locales.find((l) => l.id === state.systemLocale)?.name ?? 'English';
  const said = h('p', { class: 'hint', role: 'status', id: 'settings-status' });
  el.append(h('div', { class: 'panel' },
    h('h2', { id: 'settings-title', tabindex: '-1' }, t('settings-title')),
    h('div', { class: 'field' },
      h('label', { for: 'app-language' }, t('settings-language')),
      languageSelect('app-language', state.locale, async (code) => {
        await actions.language(code);
        document.getElementById('settings-status').textContent = t('settings-saved');
      }, [h('option', { value: '' }, t('settings-language-system', { name: system }))])),
    h('div', { class: 'field' },
      h('label', { for: 'meta-language' }, t('settings-meta-language')),
      languageSelect('meta-language', state.metaLocale, async (code) => {
        await actions.metaLanguage(code);
        document.getElementById('settings-status').textContent = t('settings-saved');
      }, [h('option', { value: '' }, t('settings-meta-language-same'))]),
      h('p', { class: 'hint' }, t('settings-meta-language-hint'))),
    said,
    h('button', { type: 'button', class: 'primary', onclick: actions.done }, t('settings-done'))));
}

export function renderAbout(el, actions) {
  clear(el);
  el.append(h('div', { class: 'panel about' },
    h('h2', { id: 'about-title', tabindex: '-1' }, t('about-title')),
    h('p', { id: 'about-version' }, t('about-version', { version: state.catalog.version })),
    h('p', {}, t('about-network')),
    h('p', {}, t('about-storage')),
    h('p', {}, t('about-license')),
    h('button', { type: 'button', class: 'primary', onclick: actions.done }, t('settings-done'))));
}
