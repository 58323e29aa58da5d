// What SOP Flow's plugins in Cockpit and Admin share: SOP Flow's API with the webapp's login, and
// plain DOM building (no framework is loaded).

/** The server root: the webapps live at <root>/camunda/app/<app>/..., the API at <root>/api. */
export function apiRoot() {
  const path = window.location.pathname;
  const app = path.indexOf('/app/');
  const webapp = app >= 0 ? path.substring(0, app) : '/camunda';
  return webapp.substring(0, webapp.lastIndexOf('/'));
}

export async function getJson(path) {
  const response = await fetch(apiRoot() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(response.status + ' ' + (await response.text()));
  }
  return response.json();
}

export function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach(child => node.append(child instanceof Node ? child : String(child)));
  return node;
}

export function table(headers, rows, className) {
  return element('table', {class: 'table table-striped ' + (className || '')}, [
    element('thead', {}, [element('tr', {}, headers.map(header => element('th', {}, [header])))]),
    element('tbody', {}, rows.map(cells => element('tr', {}, cells.map(cell => element('td', {}, [cell])))))
  ]);
}

export function failure(node, error) {
  node.replaceChildren(element('p', {class: 'sop-error'}, ['Data SOP tidak dapat dimuat: ' + error.message]));
}

/** Camunda's CSRF token of this session, which SOP Flow's API asks of a write made with the webapp's login. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export async function postJson(path, body) {
  const response = await fetch(apiRoot() + path, {method: 'POST', credentials: 'same-origin',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify(body)});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || response.status);
  }
  return response.json();
}

export function date(day) {
  return day ? new Date(day + 'T00:00:00').toLocaleDateString('id-ID', {day: 'numeric', month: 'long', year: 'numeric'})
    : '–';
}
