// Ungstemme's service worker: lets a young person who loses the network in the
// middle of a survey finish it, and sends what they answered when the network
// comes back — exactly once, because every post it repeats is idempotent on the
// server (a step replaces that question's answer in the draft; a submission is
// stored once per key).
//
// What it keeps, and for how long:
// - the shell of this version (script, WebAssembly, stylesheet, icon, offline page);
// - the pages of a survey being answered (cached when it starts), deleted as soon
//   as the answers have arrived, or after two days;
// - the outbox: posts that could not be sent, in order, in IndexedDB.
// Staff pages, the API and anything not on this site pass straight through.
'use strict';

const BUNDLE = '__BUNDLE__';
const SHELL = `shell-${BUNDLE}`;
const PAGES = 'pages-v1';
const KEEP_PAGES_MS = 2 * 24 * 3600 * 1000;
const SHELL_FILES = [
  `/pkg/${BUNDLE}.js`,
  `/pkg/${BUNDLE}_bg.wasm`,
  `/pkg/${BUNDLE}.css`,
  `/pkg/${BUNDLE}.page.js`,
  '/icons/icon-192.png',
  '/offline',
];

// Pages a young person may want again without network. Everything else that is a
// page is fetched from the network only (with the offline page as fallback).
const KEPT_PAGE = /^\/($|tilgjengelighet$|j\/[^/]+$|r\/[^/]+\/(q\/\d+|about|saved)$)/;
const RESPOND_POST = /^\/r\/([^/]+)\/(q\/(\d+)|submit)$/;
const RESPOND_PAGE = /^\/r\/[^/]+\/q\/\d+$/;
// A text written offline cannot be screened for distress here (the screen stays
// on the server), so the page after it offers the help lines gently, always.
const HELP_MAYBE = '?help=maybe';
const FREE_TEXT_FIELDS = ['text', 'title', 'description'];
const NOT_OURS = /^\/(staff|api|pkg|icons|healthz|sw\.js|manifest)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.addAll(SHELL_FILES)));
  // A new version takes over at once: a survey in progress keeps its draft on the
  // server and its outbox here, and both are shared by every version.
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('shell-') && name !== SHELL) await caches.delete(name);
    }
    await forgetOldSurveys();
    await self.clients.claim();
    await flush();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // A hydrated page moves between questions without loading them as pages, so
  // the survey it is on is found from the page asking.
  if (event.clientId) event.waitUntil(noticeClient(event.clientId));
  if (request.method === 'POST') {
    if (RESPOND_POST.test(url.pathname)) event.respondWith(post(request, url, event));
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.startsWith('/pkg/') || url.pathname.startsWith('/icons/')) {
    event.respondWith(asset(request, url));
  } else if (!NOT_OURS.test(url.pathname) && wantsPage(request)) {
    event.respondWith(page(request, url, event));
  }
});

self.addEventListener('sync', (event) => {
  if (event.tag === 'outbox') {
    // Rejecting asks the browser to try again later.
    event.waitUntil(flush().then((left) => {
      if (left > 0) throw new Error(`${left} posts still waiting`);
    }));
  }
});

self.addEventListener('message', (event) => {
  let data = event.data || {};
  // The WebAssembly says it in a string: "prepare:<token>".
  if (typeof data === 'string' && data.startsWith('prepare:')) data = { type: 'prepare', token: data.slice(8) };
  if (data.type === 'flush') event.waitUntil(flush());
  // A kept question page asks what was answered on it since (offline), so it
  // shows that rather than what the server knew when the page was kept.
  if (data.type === 'answers' && event.source && RESPOND_PAGE.test(data.path || '')) {
    event.waitUntil(latestPost(data.path).then((body) => {
      if (body !== null) event.source.postMessage({ type: 'answers', path: data.path, body });
    }));
  }
  if (data.type === 'status' && event.source && arrived.has(data.token)) {
    event.source.postMessage({ type: 'sent', token: data.token });
  }
  // A survey page loaded before this worker was in charge of it.
  if (data.type === 'prepare' && /^[0-9a-f-]{36}$/.test(data.token)) {
    event.waitUntil(prepare(data.token, data.lang));
  }
});

function wantsPage(request) {
  return request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html');
}

// Hashed files never change: the cache first, then the network. A page cached
// by an older version may ask for that version's files; then this version's
// file of the same kind stands in.
async function asset(request, url) {
  const cached = await caches.match(request);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (e) {
    const kind = url.pathname.match(/(_bg\.wasm|\.page\.js|\.js|\.css)$/);
    const stand_in = kind && (await caches.match(`/pkg/${BUNDLE}${kind[1]}`));
    if (stand_in) return stand_in;
    throw e;
  }
}

// Pages: the network first, so they are always current when it is there.
async function page(request, url, event) {
  try {
    const response = await fetch(request);
    event.waitUntil(afterPage(url, response.clone()));
    return response;
  } catch (e) {
    const cache = await caches.open(PAGES);
    // The gentler offer of help after a text written offline is kept apart.
    const key = url.search === HELP_MAYBE ? url.pathname + url.search : url.pathname;
    const cached = (await cache.match(key)) || (await caches.match('/offline'));
    if (cached) return cached;
    throw e;
  }
}

async function afterPage(url, response) {
  const token = surveyToken(url.pathname);
  // A page with help on it (`?help=1`) is not the page to show next time.
  if (response.status === 200 && KEPT_PAGE.test(url.pathname) && !url.search) {
    await (await caches.open(PAGES)).put(url.pathname, response);
  }
  if (token && url.pathname.endsWith('/thanks') && response.status === 200) {
    await forgetSurvey(token);
  } else if (token) {
    await prepare(token, response.headers.get('content-language'));
  }
  await flush();
}

const prepared = new Set();

async function noticeClient(clientId) {
  const client = await self.clients.get(clientId);
  const token = client && surveyToken(new URL(client.url).pathname);
  if (token && !prepared.has(token)) await prepare(token, null);
}

function surveyToken(path) {
  const m = path.match(/^\/r\/([^/]+)\//);
  return m ? m[1] : null;
}

// Keeps every page of a survey, so it can be finished offline. The plan (the
// pages, the number of questions, where "back" from question 1 goes) comes from
// the server, in the reader's language; it is fetched again when that changes.
async function prepare(token, lang) {
  const cache = await caches.open(PAGES);
  const known = await cache.match(planUrl(token));
  if (known) {
    const plan = await known.json();
    if (!lang || plan.lang === lang) {
      prepared.add(token);
      return;
    }
  }
  let response;
  try {
    response = await fetch(planUrl(token), { credentials: 'same-origin' });
  } catch (e) {
    return;
  }
  if (!response.ok) return;
  const plan = await response.json();
  prepared.add(token);
  // A live room follows its facilitator: not for answering offline.
  if (!plan.pages.length) return;
  plan.kept_at = Date.now();
  for (const path of plan.pages) {
    try {
      const page = await fetch(path, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (page.status === 200) await cache.put(path, page);
    } catch (e) {
      return;
    }
  }
  // The offline page in the reader's current language.
  try {
    const offline = await fetch('/offline', { credentials: 'same-origin' });
    if (offline.ok) await (await caches.open(SHELL)).put('/offline', offline);
  } catch (e) {
    // The one from install stays.
  }
  await cache.put(planUrl(token), new Response(JSON.stringify(plan), {
    headers: { 'content-type': 'application/json' },
  }));
}

function planUrl(token) {
  return `/r/${token}/offline`;
}

async function forgetSurvey(token) {
  const cache = await caches.open(PAGES);
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.startsWith(`/r/${token}/`)) await cache.delete(request);
  }
}

async function forgetOldSurveys() {
  const cache = await caches.open(PAGES);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.endsWith('/offline')) continue;
    const plan = await (await cache.match(request)).json();
    if (!(Date.now() - (plan.kept_at || 0) < KEEP_PAGES_MS)) await forgetSurvey(surveyToken(path));
  }
}

// A young person's post. Sent at once when the network is there; otherwise kept
// in the outbox, and the phone moves on to the page the server would have sent.
async function post(request, url, event) {
  const body = await request.clone().text();
  const [, token, , n] = url.pathname.match(RESPOND_POST);
  // Straight to the server only when nothing of this survey waits: otherwise it
  // joins the queue behind what was answered offline, so the server gets the
  // answers in the order they were given.
  if (!(await waitingFor(token))) {
    try {
      const response = await fetch(request);
      if (![502, 503, 504].includes(response.status)) {
        event.waitUntil(flush());
        return response;
      }
    } catch (e) {
      // No network: kept below.
    }
  }
  // A submission needs nothing added: the closing page asks the server for the
  // draft's answers, where the steps queued before it end up.
  const fields = new URLSearchParams(body);
  await enqueue({ token, url: url.pathname, body, at: Date.now() });
  if (self.registration.sync) {
    try {
      await self.registration.sync.register('outbox');
    } catch (e) {
      // Not allowed here: the next visit or 'online' sends it.
    }
  }
  // If the network is back, this sends it (and what waited before it) now.
  event.waitUntil(flush());
  const next = await nextPage(token, n && Number(n), fields);
  if (request.mode === 'navigate') return Response.redirect(next, 303);
  // A hydrated form's fetch would follow a redirect past this worker, to the
  // network: it is told where to go instead, and loads that page whole.
  return new Response(null, { status: 204, headers: { 'x-ungstemme-offline-next': next } });
}

async function nextPage(token, n, fields) {
  const known = await (await caches.open(PAGES)).match(planUrl(token));
  const plan = known ? await known.json() : null;
  if (!n) return plan ? `/r/${token}/saved` : '/offline';
  if (!plan) return '/offline';
  const nav = fields.get('nav') || 'next';
  if (nav === 'back') return n <= 1 ? plan.join : `/r/${token}/q/${n - 1}`;
  const next = n >= plan.total ? `/r/${token}/about` : `/r/${token}/q/${n + 1}`;
  const wrote = nav === 'next' && FREE_TEXT_FIELDS.some((f) => (fields.get(f) || '').trim() !== '');
  return wrote ? next + HELP_MAYBE : next;
}

// Sends what waits in the outbox, oldest first; stops at the first that cannot
// go yet. A post the server answers (even with a refusal) leaves the outbox; one
// that fails on the way, or that the server asks to send later, stays, and
// sending it again is harmless. Returns how many are still waiting.
let flushing = null;
// Surveys whose answers this worker delivered, for a "saved" page that opens
// after the news went out.
const arrived = new Set();
function flush() {
  if (!flushing) flushing = sendWaiting().finally(() => { flushing = null; });
  return flushing;
}

async function sendWaiting() {
  for (;;) {
    const entry = await firstWaiting();
    if (!entry) return 0;
    let response;
    try {
      response = await fetch(entry.url, {
        method: 'POST',
        body: entry.body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        credentials: 'same-origin',
        redirect: 'manual',
      });
    } catch (e) {
      return countWaiting();
    }
    // Not yet: the server failed, or asks this phone to slow down (429).
    if (response.status >= 500 || response.status === 429) return countWaiting();
    await removeWaiting(entry.id);
    if (entry.url.endsWith('/submit')) {
      const sent = response.type === 'opaqueredirect' || response.ok;
      if (sent) {
        arrived.add(entry.token);
        await forgetSurvey(entry.token);
      }
      for (const client of await self.clients.matchAll()) {
        client.postMessage({ type: sent ? 'sent' : 'refused', token: entry.token });
      }
    }
  }
}

// The outbox: one IndexedDB store with keys in the order posts were made.
function openOutbox() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ungstemme', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function withOutbox(mode, work) {
  const db = await openOutbox();
  try {
    return await new Promise((resolve, reject) => {
      // Strict: "saved on this phone" is said only once it is on the disk.
      const tx = db.transaction('outbox', mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
      const result = work(tx.objectStore('outbox'));
      tx.oncomplete = () => resolve(result.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function enqueue(entry) {
  return withOutbox('readwrite', (store) => store.add(entry));
}

async function firstWaiting() {
  const cursor = await withOutbox('readonly', (store) => store.getAll(null, 1));
  return cursor && cursor[0];
}

// The body of the last post from this question still waiting, or null.
async function latestPost(path) {
  const all = await withOutbox('readonly', (store) => store.getAll());
  const mine = (all || []).filter((entry) => entry.url === path);
  return mine.length ? mine[mine.length - 1].body : null;
}

function removeWaiting(id) {
  return withOutbox('readwrite', (store) => store.delete(id));
}

async function waitingFor(token) {
  const all = await withOutbox('readonly', (store) => store.getAll());
  return (all || []).some((entry) => entry.token === token);
}

function countWaiting() {
  return withOutbox('readonly', (store) => store.count());
}
