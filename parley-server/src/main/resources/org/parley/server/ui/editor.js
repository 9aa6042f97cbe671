// The scenario page: the actors × issues editor with inline validation (the server's reader, the CLI's messages),
// saving a new version (optimistic concurrency), starting a run, the version history and the scenario's runs.
import { h, mount, num, when } from './dom.js';
import { api, ApiError } from './api.js';
import { where } from './app.js';

const RULES = ['', 'single', 'unanimity', 'majority', 'qualified-majority', 'bilateral'];

/** The point value of a number or {value, range} estimate. */
function valueOf(e) {
  return e !== null && typeof e === 'object' ? e.value : e;
}

/** Sets the point value, keeping a range or standard deviation if the estimate has one. */
function setValue(obj, key, v) {
  if (obj[key] !== null && typeof obj[key] === 'object' && !Array.isArray(obj[key])) obj[key].value = v;
  else obj[key] = v;
}

function parse(text) {
  const t = text.trim();
  return t !== '' && !Number.isNaN(Number(t)) ? Number(t) : t;
}

export async function scenarioPage(el, id) {
  const summary = await api.get('/api/scenarios/' + id);
  const latest = summary.latest.version;
  const [detail, history, runs, models] = await Promise.all([
    api.get('/api/scenarios/' + id + '/versions/' + latest),
    api.get('/api/scenarios/' + id + '/versions'),
    api.get('/api/runs?scenarioId=' + id + '&limit=100'),
    api.get('/api/models'),
  ]);
  const doc = structuredClone(detail.document);
  const inputs = []; // [pointer, input element]
  const problemBox = h('div', { id: 'validation', 'aria-live': 'polite' });
  const status = h('div', { id: 'save-status', 'aria-live': 'polite' });
  let timer = null;

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(validate, 300);
  }

  async function validate() {
    const result = await api.post('/api/validate', { source: JSON.stringify(doc, null, 2) });
    const bad = result.problems;
    for (const [pointer, input] of inputs) {
      const hit = bad.find(p => p.pointer && (p.pointer === pointer || p.pointer.startsWith(pointer + '/')));
      input.classList.toggle('invalid', !!hit);
      input.title = hit ? hit.message : '';
    }
    mount(problemBox, result.valid
      ? h('p', { class: 'ok', id: 'valid' }, '✓ valid' + (result.warnings.length ? ' — ' + result.warnings.length
        + ' warning(s)' : ''))
      : h('div', { class: 'error', role: 'alert' }, bad.length + ' problem(s):',
        h('ul', { id: 'problem-list' }, bad.map(p => h('li', {}, where(p), p.message)))));
    return result.valid;
  }

  function numberInput(pointer, obj, key, cls) {
    const input = h('input', { class: 'cell ' + (cls || ''), value: num(valueOf(obj[key])), size: 5,
      dataset: { pointer }, 'aria-label': pointer, oninput: () => { setValue(obj, key, parse(input.value)); changed(); } });
    inputs.push([pointer, input]);
    return input;
  }

  function range(e) {
    return e !== null && typeof e === 'object' && Array.isArray(e.range)
      ? h('span', { class: 'range' }, '[' + num(e.range[0]) + ', ' + num(e.range[1]) + ']') : null;
  }

  const issues = doc.issues || [];
  const actors = doc.actors || [];
  const head = h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Capability'),
    issues.map(i => h('th', { class: 'issue', title: i.description || '' }, i.label || i.id,
      h('div', { class: 'muted small' }, 'position / salience'))));
  const sq = h('tr', { class: 'statusquo' }, h('th', {}, 'Status quo'), h('td', {}),
    issues.map((i, k) => h('td', {}, numberInput('/issues/' + k + '/status_quo', i, 'status_quo', 'sq'),
      range(i.status_quo))));
  const decisionRow = h('tr', { class: 'decision' }, h('th', {}, 'Decision rule'), h('td', {}),
    issues.map((i, k) => decisionCell(i, k)));
  const body = actors.map((a, r) => h('tr', {},
    h('th', { class: 'actor' }, a.name || a.id),
    h('td', {}, numberInput('/actors/' + r + '/capability', a, 'capability', 'cap'), range(a.capability)),
    issues.map(i => {
      const stance = a.positions && a.positions[i.id];
      if (!stance) return h('td', { class: 'muted' }, '—');
      const base = '/actors/' + r + '/positions/' + i.id;
      return h('td', { class: 'stance' },
        numberInput(base + '/position', stance, 'position', 'pos'), range(stance.position), ' / ',
        numberInput(base + '/salience', stance, 'salience', 'sal'));
    })));

  function decisionCell(issue, k) {
    const d = issue.decision || {};
    const pointer = '/issues/' + k + '/decision';
    const select = h('select', { class: 'rule', 'aria-label': pointer + '/rule', onchange: () => {
      if (select.value === '') delete issue.decision;
      else issue.decision = Object.assign(issue.decision || {}, { rule: select.value });
      changed();
    } }, RULES.map(r => h('option', { value: r, selected: (d.rule || '') === r }, r === '' ? '(scenario default)' : r)));
    const deciders = h('input', { class: 'deciders', size: 12, placeholder: 'deciders: a, b',
      value: Array.isArray(d.deciders) ? d.deciders.join(', ') : d.deciders ? Object.keys(d.deciders).join(', ') : '',
      oninput: () => {
        if (!issue.decision) issue.decision = { rule: 'unanimity' };
        if (Array.isArray(issue.decision.deciders) || !issue.decision.deciders) {
          issue.decision.deciders = deciders.value.split(',').map(s => s.trim()).filter(Boolean);
        }
        changed();
      } });
    inputs.push([pointer, select]);
    return h('td', {}, select, h('br'), deciders);
  }

  const message = h('input', { id: 'message', size: 50, placeholder: 'what changed' });
  const saveButton = h('button', { id: 'save', onclick: async () => {
    mount(status);
    try {
      const saved = await api.put('/api/scenarios/' + id, { source: JSON.stringify(doc, null, 2),
        baseVersion: latest, message: message.value });
      mount(status, h('p', { class: 'ok' }, 'Saved version ' + saved.version.version + '.'));
      scenarioPage(el, id);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        mount(status, h('div', { class: 'error', role: 'alert', id: 'conflict' },
          'Someone else saved this scenario since you opened it: ', err.message, ' ',
          h('button', { onclick: () => scenarioPage(el, id) }, 'Reload the newest version')));
      } else {
        mount(status, h('div', { class: 'error', role: 'alert' }, err.message,
          h('ul', {}, err.errors.map(p => h('li', {}, where(p), p.message)))));
      }
    }
  } }, 'Save as version ' + (latest + 1));

  const modelBoxes = models.map(m => h('label', { class: 'model' },
    h('input', { type: 'checkbox', value: m.id, checked: m.isDefault, class: 'model-choice' }), ' ', m.id));
  const runButton = h('button', { id: 'run', onclick: async () => {
    const chosen = modelBoxes.map(l => l.querySelector('input')).filter(c => c.checked).map(c => c.value);
    try {
      const run = await api.post('/api/runs', { kind: 'analysis', scenarioId: id, version: latest, models: chosen });
      window.location.hash = '#/runs/' + run.id;
    } catch (err) {
      mount(status, h('div', { class: 'error', role: 'alert' }, err.message));
    }
  } }, 'Run analysis of version ' + latest);

  const samples = h('input', { id: 'samples', type: 'number', min: 1, max: 100000, value: 2000, size: 7 });
  const sweepButton = h('button', { id: 'sweep', onclick: async () => {
    const chosen = modelBoxes.map(l => l.querySelector('input')).filter(c => c.checked).map(c => c.value);
    try {
      const run = await api.post('/api/runs', { kind: 'sweep', scenarioId: id, version: latest, models: chosen,
        samples: Number(samples.value) });
      window.location.hash = '#/runs/' + run.id;
    } catch (err) {
      mount(status, h('div', { class: 'error', role: 'alert' }, err.message));
    }
  } }, 'Sweep the ranges');

  const versionA = h('select', { id: 'compare-a' }, history.versions.map(v => h('option', { value: v.version,
    selected: v.version === Math.max(1, latest - 1) }, 'v' + v.version)));
  const versionB = h('select', { id: 'compare-b' }, history.versions.map(v => h('option', { value: v.version,
    selected: v.version === latest }, 'v' + v.version)));
  const historyTable = h('table', { class: 'grid', id: 'history' },
    h('thead', {}, h('tr', {}, ['Version', 'Author', 'When', 'Message', 'SHA-256'].map(t => h('th', {}, t)))),
    h('tbody', {}, history.versions.slice().reverse().map(v => h('tr', {},
      h('td', { class: 'num' }, 'v' + v.version), h('td', {}, v.author), h('td', {}, when(v.createdAt)),
      h('td', {}, v.message), h('td', { class: 'mono small' }, v.sha256.slice(0, 12))))));

  const runChecks = [];
  const runsTable = h('table', { class: 'grid', id: 'scenario-runs' },
    h('thead', {}, h('tr', {}, ['', 'Run', 'Version', 'Status', 'Models', 'By', 'When'].map(t => h('th', {}, t)))),
    h('tbody', {}, runs.items.map(r => {
      const box = h('input', { type: 'checkbox', value: r.id, class: 'run-choice' });
      runChecks.push(box);
      return h('tr', {}, h('td', {}, box), h('td', {}, h('a', { href: '#/runs/' + r.id }, '#' + r.id)),
        h('td', { class: 'num' }, 'v' + r.scenarioVersion), h('td', { class: 'status-' + r.status }, r.status),
        h('td', {}, r.kind.toLowerCase() + ': ' + (r.request.models || ['default']).join(', ')), h('td', {}, r.createdBy), h('td', {}, when(r.createdAt)));
    })));

  const sourceText = h('textarea', { id: 'source-text', rows: 18, cols: 100, spellcheck: 'false', value: detail.source });

  mount(el,
    h('h1', { id: 'scenario-title' }, summary.latest.title),
    h('p', { class: 'muted' }, 'Version ' + latest + ' by ' + summary.latest.author + ', ' + when(summary.latest.createdAt)
      + ' · ' + summary.latest.actorCount + ' actors, ' + summary.latest.issueCount + ' issues · sha256 '
      + summary.latest.sha256.slice(0, 12)),
    h('section', {}, h('h2', {}, 'Actors × issues'),
      h('div', { class: 'scroll' }, h('table', { class: 'grid editor', id: 'editor' }, h('thead', {}, head),
        h('tbody', {}, sq, decisionRow, body))),
      h('p', { class: 'muted small' }, 'Ranges in brackets are kept when you change a value. Edit the text below for anything else.'),
      problemBox,
      h('p', {}, h('label', {}, 'Message ', message), ' ', saveButton), status),
    h('section', {}, h('h2', {}, 'Run'), h('p', {}, modelBoxes, ' ', runButton),
      h('p', {}, h('label', {}, 'Samples ', samples), ' ', sweepButton,
        h('span', { class: 'muted small' }, ' Monte Carlo over the uncertainty ranges, with sensitivity'))),
    h('section', {}, h('h2', {}, 'History'), historyTable,
      h('p', {}, 'Compare ', versionA, ' with ', versionB, ' ', h('button', { id: 'compare-versions', onclick: () => {
        window.location.hash = '#/scenarios/' + id + '/compare/' + versionA.value + '/' + versionB.value;
      } }, 'Compare versions'))),
    h('section', {}, h('h2', {}, 'Runs'), runs.items.length ? runsTable : h('p', { class: 'muted' }, 'No run yet.'),
      runs.items.length > 1 ? h('p', {}, h('button', { id: 'compare-runs', onclick: () => {
        const chosen = runChecks.filter(c => c.checked).map(c => c.value);
        if (chosen.length !== 2) {
          mount(status, h('p', { class: 'error' }, 'Tick exactly two runs to compare.'));
          return;
        }
        window.location.hash = '#/runs/compare/' + chosen[1] + '/' + chosen[0];
      } }, 'Compare the two ticked runs')) : null),
    h('section', {}, h('details', {}, h('summary', {}, 'Edit as text (YAML or JSON)'), sourceText,
      h('p', {}, h('button', { id: 'save-text', onclick: async () => {
        try {
          await api.put('/api/scenarios/' + id, { source: sourceText.value, baseVersion: latest, message: message.value });
          scenarioPage(el, id);
        } catch (err) {
          mount(status, h('div', { class: 'error', role: 'alert' }, err.message,
            h('ul', {}, err.errors.map(p => h('li', {}, where(p), p.message)))));
        }
      } }, 'Save text as version ' + (latest + 1))))));
}
