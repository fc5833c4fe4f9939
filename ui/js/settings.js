// Settings (the app's language, the language of the person's Meta apps)
// and About.

import { h, clear } from './dom.js';
import { t, formatDate } from './i18n.js';
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
    renderGuides(actions),
    h('button', { type: 'button', class: 'primary', onclick: actions.done }, t('settings-done'))));
}

// Which guides are in use, in a sentence: built in, or a pack and who signed it.
export function guidesText(g) {
  if (g.source !== 'pack') return t('guides-builtin', { date: formatDate(g.date) });
  const signer = g.signer_builtin
    ? t('guides-signer-project', { id: g.signer_id })
    : t('guides-signer-added', { name: g.signer ?? '', id: g.signer_id });
  return t('guides-pack', { version: g.version, date: formatDate(g.date), signer });
}

// Corrected guides from a file: the app checks the pack's signature and
// installs it only when it is newer and passes the checks; it never goes online.
function renderGuides(actions) {
  const g = state.catalog.guides;
  return h('section', { class: 'field guides', 'aria-labelledby': 'guides-title' },
    h('h3', { id: 'guides-title' }, t('settings-guides')),
    h('p', { id: 'guides-in-use' }, guidesText(g)),
    g.superseded ? h('p', { class: 'hint' }, t('guides-superseded', { version: g.superseded })) : null,
    h('p', { class: 'hint', id: 'guides-hint' }, t('guides-update-hint')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', id: 'guides-update', 'aria-describedby': 'guides-hint', onclick: actions.updateGuides }, t('guides-update')),
      g.source === 'pack' ? h('button', { type: 'button', class: 'secondary', id: 'guides-rollback', onclick: actions.rollbackGuides }, t('guides-rollback')) : null));
}

export function renderAbout(el, actions) {
  clear(el);
  el.append(h('div', { class: 'panel about' },
    h('h2', { id: 'about-title', tabindex: '-1' }, t('about-title')),
    h('p', { id: 'about-version' }, t('about-version', { version: state.catalog.version })),
    h('p', { id: 'about-guides' }, guidesText(state.catalog.guides)),
    h('p', {}, t('about-network')),
    h('p', {}, t('about-storage')),
    h('p', {}, t('about-license')),
    h('button', { type: 'button', class: 'primary', onclick: actions.done }, t('settings-done'))));
}
