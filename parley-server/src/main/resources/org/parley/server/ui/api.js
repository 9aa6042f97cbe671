// The REST API from the browser: the token from the login page on every request, problems as errors.

const KEY = 'parley.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function setToken(t) {
  if (t) sessionStorage.setItem(KEY, t); else sessionStorage.removeItem(KEY);
}

/** An answer that was not 2xx: status, and the problem details (RFC 9457) when the server sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : 'request failed (' + status + ')');
    this.status = status;
    this.problem = problem || {};
  }
  get errors() {
    return this.problem.errors || [];
  }
}

async function request(method, path, { json, text, contentType } = {}) {
  const headers = { 'Authorization': 'Bearer ' + (token() || '') };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (text !== undefined) {
    headers['Content-Type'] = contentType || 'text/plain';
    body = text;
  }
  const res = await fetch(path, { method, headers, body });
  const type = res.headers.get('Content-Type') || '';
  if (!res.ok) {
    let problem = null;
    if (type.includes('json')) problem = await res.json().catch(() => null);
    if (res.status === 401 && !path.endsWith('/api/me')) {
      setToken(null);
      location.hash = '#/login';
    }
    throw new ApiError(res.status, problem);
  }
  if (res.status === 204) return null;
  if (type.includes('json')) return res.json();
  return res.text();
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, json) => request('POST', path, { json }),
  postText: (path, text, contentType) => request('POST', path, { text, contentType }),
  put: (path, json) => request('PUT', path, { json }),
  del: (path) => request('DELETE', path),
};
