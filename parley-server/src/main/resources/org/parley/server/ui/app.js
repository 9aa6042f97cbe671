// Parley's browser UI: plain ES modules, no build step, no network beyond this server.
import { h, mount, when } from './dom.js';
import { api, token, setToken, ApiError } from './api.js';
import { scenarioPage } from './editor.js';
import { runPage, runsPage, compareRunsPage } from './runs.js';
import { compareVersionsPage } from './compare.js';

const app = () => document.getElementById('app');

/** Shows an error from the API (or any failure) in place of the page. */
export function showError(err) {
  const problems = err instanceof ApiError ? err.errors : [];
  mount(app(), h('div', { class: 'error', role: 'alert' },
    h('strong', {}, err instanceof ApiError ? 'Error ' + err.status + ': ' : 'Error: '), err.message,
    problems.length ? h('ul', {}, problems.map(p => h("li", {}, where(p), p.message))) : null));
}

export function where(p) {
  const where = [];
  if (p.line) where.push(p.line + ':' + p.column);
  if (p.pointer) where.push(p.pointer);
  return where.length ? where.join(' ') + ': ' : '';
}

function loginPage() {
  const input = h('input', { id: 'token', type: 'password', autocomplete: 'off', placeholder: 'parley_…', size: 50 });
  const message = h('p', { class: 'muted' }, 'Paste an API token (create one with ',
    h('code', {}, 'parley token create --scope write'), ').');
  const form = h('form', { id: 'login', class: 'card', onsubmit: async (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    try {
      await api.get('/api/me');
      location.hash = '#/';
    } catch (err) {
      setToken(null);
      mount(message, h('span', { class: 'error' }, 'That token was not accepted: ' + err.message));
    }
  } }, h('h1', {}, 'Log in'), message, h('label', { for: 'token' }, 'Token '), input, ' ',
    h('button', { type: 'submit', id: 'login-button' }, 'Log in'));
  mount(app(), form);
  input.focus();
}

async function scenariosPage() {
  const page = await api.get('/api/scenarios?limit=200');
  const rows = page.items.map(s => h('tr', {},
    h('td', {}, h('a', { href: '#/scenarios/' + s.id, class: 'scenario-link' }, s.latest.title)),
    h('td', { class: 'num' }, s.latest.version),
    h('td', {}, s.latest.author),
    h('td', {}, when(s.latest.createdAt)),
    h('td', { class: 'num' }, s.latest.actorCount),
    h('td', { class: 'num' }, s.latest.issueCount)));
  mount(app(),
    h('div', { class: 'row' }, h('h1', {}, 'Scenarios'),
      h('a', { href: '#/new', class: 'button', id: 'new-scenario' }, 'New scenario')),
    page.items.length === 0 ? h('p', { class: 'muted' }, 'No scenario yet.') :
      h('table', { class: 'grid', id: 'scenario-list' },
        h('thead', {}, h('tr', {}, ['Title', 'Version', 'Last saved by', 'When', 'Actors', 'Issues']
          .map(t => h('th', {}, t)))),
        h('tbody', {}, rows)));
}

function newScenarioPage() {
  const text = h('textarea', { id: 'source', rows: 24, cols: 100, spellcheck: 'false',
    placeholder: 'metadata:\n  title: …\nissues: …\nactors: …' });
  const file = h('input', { type: 'file', accept: '.yaml,.yml,.json', onchange: async () => {
    if (file.files[0]) text.value = await file.files[0].text();
  } });
  const message = h('input', { id: 'message', size: 60, placeholder: 'what this version is' });
  const problems = h('div', { id: 'problems' });
  mount(app(), h('h1', {}, 'New scenario'),
    h('p', {}, 'Paste a scenario (YAML or JSON) or load a file: ', file),
    text,
    h('p', {}, h('label', {}, 'Message ', message)),
    h('p', {}, h('button', { id: 'create', onclick: async () => {
      mount(problems);
      try {
        const saved = await api.post('/api/scenarios', { source: text.value, message: message.value });
        location.hash = '#/scenarios/' + saved.version.scenarioId;
      } catch (err) {
        mount(problems, h('div', { class: 'error', role: 'alert' }, err.message,
          h('ul', {}, err.errors.map(p => h("li", {}, where(p), p.message)))));
      }
    } }, 'Create')),
    problems);
}

const routes = [
  [/^#\/login$/, loginPage],
  [/^#\/?$/, scenariosPage],
  [/^#\/new$/, newScenarioPage],
  [/^#\/scenarios\/(\d+)$/, (m) => scenarioPage(app(), Number(m[1]))],
  [/^#\/scenarios\/(\d+)\/compare\/(\d+)\/(\d+)$/, (m) => compareVersionsPage(app(), Number(m[1]), Number(m[2]), Number(m[3]))],
  [/^#\/runs$/, () => runsPage(app())],
  [/^#\/runs\/(\d+)$/, (m) => runPage(app(), Number(m[1]))],
  [/^#\/runs\/compare\/(\d+)\/(\d+)$/, (m) => compareRunsPage(app(), Number(m[1]), Number(m[2]))],
];

async function route() {
  const hash = window.location.hash || '#/';
  if (!token() && hash !== '#/login') {
    window.location.hash = '#/login';
    return;
  }
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', (a.dataset.nav === 'runs') === hash.startsWith('#/runs'));
  }
  const who = document.getElementById('who');
  if (token() && !who.dataset.loaded) {
    api.get('/api/me').then(me => {
      who.dataset.loaded = '1';
      mount(who, me.name + ' (' + me.scope.toLowerCase() + ') ',
        h('button', { class: 'link', id: 'logout', onclick: () => { setToken(null); who.dataset.loaded = '';
          mount(who); window.location.hash = '#/login'; } }, 'log out'));
    }).catch(() => {});
  }
  for (const [re, page] of routes) {
    const m = hash.match(re);
    if (m) {
      try {
        await page(m);
      } catch (err) {
        showError(err);
      }
      return;
    }
  }
  showError(new Error('no such page: ' + hash));
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
