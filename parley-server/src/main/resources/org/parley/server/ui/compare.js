// Two versions of a scenario side by side, the differences highlighted.
import { h, mount, num, when } from './dom.js';
import { api } from './api.js';

function valueOf(e) {
  return e !== null && typeof e === 'object' ? e.value : e;
}

function grid(doc, version, changedPaths, side) {
  const issues = doc.issues || [];
  const mark = (path) => changedPaths.has(path) ? 'changed' : '';
  return h('div', { class: 'side' }, h('h2', {}, 'Version ' + version.version),
    h('p', { class: 'muted small' }, version.author + ', ' + when(version.createdAt) + (version.message ? ' — “'
      + version.message + '”' : '')),
    h('table', { class: 'grid', id: 'compare-' + side },
      h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Cap.'), issues.map(i => h('th', {}, i.id)))),
      h('tbody', {},
        h('tr', { class: 'statusquo' }, h('th', {}, 'Status quo'), h('td', {}),
          issues.map(i => h('td', { class: 'num ' + mark('/issues/' + i.id + '/statusQuo') }, num(valueOf(i.status_quo))))),
        (doc.actors || []).map(a => h('tr', {}, h('th', {}, a.name || a.id),
          h('td', { class: 'num ' + mark('/actors/' + a.id + '/capability') }, num(valueOf(a.capability))),
          issues.map(i => {
            const s = a.positions && a.positions[i.id];
            const base = '/actors/' + a.id + '/positions/' + i.id;
            if (!s) return h('td', { class: 'muted ' + mark(base) }, '—');
            return h('td', { class: 'num' }, h('span', { class: mark(base + '/position') || mark(base) }, num(valueOf(s.position))),
              ' / ', h('span', { class: mark(base + '/salience') || mark(base) }, num(valueOf(s.salience))));
          }))))));
}

export async function compareVersionsPage(el, id, a, b) {
  const [va, vb, diff] = await Promise.all([api.get('/api/scenarios/' + id + '/versions/' + a),
    api.get('/api/scenarios/' + id + '/versions/' + b), api.get('/api/scenarios/' + id + '/diff?from=' + a + '&to=' + b)]);
  const paths = new Set(diff.changes.map(c => c.path));
  mount(el, h('h1', {}, va.version.title, ': version ' + a + ' → ' + b),
    h('p', {}, h('a', { href: '#/scenarios/' + id }, '← back to the scenario')),
    h('h2', {}, diff.changes.length + ' change' + (diff.changes.length === 1 ? '' : 's')),
    h('ul', { id: 'changes' }, diff.changes.map(c => h('li', {}, h('code', {}, c.path), ': ',
      c.kind === 'CHANGED' ? [c.from, ' → ', h('strong', {}, c.to)] : c.kind.toLowerCase() + ' ' + (c.to || c.from || '')))),
    h('div', { class: 'sides' }, grid(va.document, va.version, paths, 'a'), grid(vb.document, vb.version, paths, 'b')));
}
