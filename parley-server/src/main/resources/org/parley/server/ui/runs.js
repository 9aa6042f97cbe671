// Runs: one run (status, progress, cancel; results with the report's charts), the run history, two runs compared.
import { h, mount, num, when } from './dom.js';
import { api } from './api.js';

function forecastTable(result, other) {
  // issue × model outcomes; with `other`, the other run's value and the difference, changed cells highlighted
  const models = result.forecasts.map(f => f.model);
  const issues = result.forecasts.length ? result.forecasts[0].issues.map(i => i.issueId) : [];
  const outcome = (res, modelId, issueId) => {
    const f = res && res.forecasts.find(x => x.model.id === modelId);
    const i = f && f.issues.find(x => x.issueId === issueId);
    return i ? i.outcome : null;
  };
  return h('table', { class: 'grid', id: other ? 'run-diff' : 'forecasts' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Issue'), models.map(m => h('th', { title: m.name }, m.id)))),
    h('tbody', {}, issues.map(issue => h('tr', {}, h('th', {}, issue), models.map(m => {
      const a = outcome(other, m.id, issue);
      const b = outcome(result, m.id, issue);
      if (!other) return h('td', { class: 'num' }, num(b));
      const changed = a === null || b === null || Math.abs(a - b) > 1e-9;
      return h('td', { class: 'num' + (changed ? ' changed' : '') }, num(a), ' → ', num(b),
        changed && a !== null && b !== null ? h('span', { class: 'delta' }, ' (' + (b > a ? '+' : '') + num(b - a) + ')') : null);
    })))));
}

function provenanceBlock(p) {
  return h('details', { id: 'provenance' }, h('summary', {}, 'Provenance: input ' + p.input + ', sha256 '
      + p.inputSha256.slice(0, 12) + ', Parley ' + p.parleyVersion + ' (' + p.gitCommit.slice(0, 10) + ')'),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Component', 'Version', 'Parameters', 'Seed']
      .map(t => h('th', {}, t)))),
    h('tbody', {}, p.components.map(c => h('tr', {}, h('td', {}, c.component), h('td', {}, c.componentVersion),
      h('td', { class: 'small' }, Object.entries(c.parameters || {}).map(([k, v]) => k + '=' + v).join(', ')),
      h('td', {}, c.seed === null || c.seed === undefined ? '—' : String(c.seed)))))));
}

export async function runPage(el, id) {
  const run = await api.get('/api/runs/' + id);
  const header = [
    h('h1', {}, 'Run #' + run.id + ' ', h('span', { class: 'status-' + run.status, id: 'run-status' }, run.status)),
    h('p', { class: 'muted' }, run.kind.toLowerCase(),
      run.scenarioId ? [' of ', h('a', { href: '#/scenarios/' + run.scenarioId }, 'scenario ' + run.scenarioId),
        ' version ' + run.scenarioVersion] : null,
      run.gameId ? ' of game ' + run.gameId : null,
      ' · by ' + run.createdBy + ', ' + when(run.createdAt)),
  ];
  if (run.status === 'QUEUED' || run.status === 'RUNNING') {
    mount(el, header, h('progress', { max: 1, value: run.progress, id: 'progress' }),
      h('p', {}, h('button', { id: 'cancel', onclick: async () => {
        await api.post('/api/runs/' + id + '/cancel').catch(() => {});
        runPage(el, id);
      } }, 'Cancel')));
    setTimeout(() => { if (window.location.hash === '#/runs/' + id) runPage(el, id).catch(() => {}); }, 400);
    return;
  }
  if (run.status !== 'SUCCEEDED') {
    mount(el, header, run.error ? h('div', { class: 'error', role: 'alert' }, run.error) : null);
    return;
  }
  const [result, provenance] = await Promise.all([api.get('/api/runs/' + id + '/result'),
    api.get('/api/runs/' + id + '/provenance')]);
  const parts = [header, provenanceBlock(provenance)];
  if (run.kind === 'ANALYSIS') {
    parts.push(h('h2', {}, 'Forecasts'), forecastTable(result));
    const frame = h('iframe', { id: 'report', sandbox: '', title: 'HTML report', class: 'report' });
    parts.push(h('h2', {}, 'Report'), h('p', { class: 'muted small' }, 'The report with its charts (positions by round, '
      + 'model comparison, crisis games and their trees, levers).'), frame);
    mount(el, parts);
    frame.srcdoc = await api.get('/api/runs/' + id + '/report');
  } else if (run.kind === 'SWEEP') {
    const sw = result.sweep;
    parts.push(h('h2', {}, 'Sweep: ' + sw.samples + ' samples, ranges read as ' + String(sw.rangeShape).toLowerCase()),
      h('p', { class: 'muted small' }, 'The sweep page with its histograms, zone probabilities, swings and Sobol indices.'));
    const frame = h('iframe', { id: 'report', sandbox: '', title: 'Sweep report', class: 'report' });
    parts.push(frame);
    mount(el, parts);
    frame.srcdoc = await api.get('/api/runs/' + id + '/report');
  } else if (run.kind === 'GAME' && result.kind === 'equilibria') {
    const r = result.result;
    parts.push(h('h2', {}, 'Equilibria of ' + result.game.title + ' (' + r.method + ', ' + r.arithmetic.toLowerCase() + ')'),
      h('ol', { id: 'equilibria' }, r.equilibria.map(e => h('li', {},
        '[' + e.profile.values.map(v => typeof v === 'number' ? num(v) : String(v)).join(', ') + '] ',
        h('span', { class: e.verified ? 'ok' : 'error' }, e.verified ? 'verified' : 'not verified'),
        ' max regret ' + (e.exactMaxRegret !== null && e.exactMaxRegret !== undefined ? e.exactMaxRegret : num(e.maxRegret))))));
    mount(el, parts);
  } else if (run.kind === 'GAME') {
    parts.push(h('h2', {}, 'Quantal response of ' + result.game.title), h('pre', {}, JSON.stringify(result.result, null, 2)));
    mount(el, parts);
  } else {
    parts.push(h('h2', {}, 'Backtest: ' + result.cases + ' cases (' + result.dataset + ')'),
      h('table', { class: 'grid', id: 'backtest' }, h('thead', {}, h('tr', {}, ['Candidate', 'Issues', 'MAE',
        '95% interval', 'MAE − ' + result.reference, 'Within 10'].map(t => h('th', {}, t)))),
      h('tbody', {}, result.summaries.map(s => h('tr', {}, h('td', {}, s.candidate), h('td', { class: 'num' }, s.issues),
        h('td', { class: 'num' }, num(s.mae)),
        h('td', {}, s.maeInterval ? '[' + num(s.maeInterval.low) + ', ' + num(s.maeInterval.high) + ']' : '—'),
        h('td', { class: 'num' }, num(s.maeVsReference)), h('td', { class: 'num' }, num(s.within10)))))));
    mount(el, parts);
  }
}

export async function runsPage(el) {
  const page = await api.get('/api/runs?limit=200');
  mount(el, h('h1', {}, 'Runs'),
    page.items.length === 0 ? h('p', { class: 'muted' }, 'No run yet.') :
      h('table', { class: 'grid', id: 'runs' },
        h('thead', {}, h('tr', {}, ['Run', 'Kind', 'Input', 'Status', 'By', 'Started', 'Finished'].map(t => h('th', {}, t)))),
        h('tbody', {}, page.items.map(r => h('tr', {},
          h('td', {}, h('a', { href: '#/runs/' + r.id }, '#' + r.id)), h('td', {}, r.kind.toLowerCase()),
          h('td', {}, r.scenarioId ? h('a', { href: '#/scenarios/' + r.scenarioId }, 'scenario ' + r.scenarioId + ' v'
            + r.scenarioVersion) : r.gameId ? 'game ' + r.gameId : 'cases'),
          h('td', { class: 'status-' + r.status }, r.status), h('td', {}, r.createdBy),
          h('td', {}, when(r.startedAt)), h('td', {}, when(r.finishedAt)))))));
}

export async function compareRunsPage(el, a, b) {
  const [ra, rb, xa, xb] = await Promise.all([api.get('/api/runs/' + a), api.get('/api/runs/' + b),
    api.get('/api/runs/' + a + '/result'), api.get('/api/runs/' + b + '/result')]);
  const sameScenario = ra.scenarioId && ra.scenarioId === rb.scenarioId;
  mount(el, h('h1', {}, 'Run #' + a + ' → run #' + b),
    h('p', { class: 'muted' }, 'Left: run #' + a + ' (scenario ' + ra.scenarioId + ' v' + ra.scenarioVersion
      + '); right: run #' + b + ' (scenario ' + rb.scenarioId + ' v' + rb.scenarioVersion + '). Changed forecasts are highlighted.'),
    forecastTable(xb, xa),
    sameScenario && ra.scenarioVersion !== rb.scenarioVersion ? h('p', {}, h('a', { href: '#/scenarios/' + ra.scenarioId
      + '/compare/' + ra.scenarioVersion + '/' + rb.scenarioVersion, id: 'inputs-diff' }, 'What changed in the inputs')) : null);
}
