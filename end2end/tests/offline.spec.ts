// Ungstemme on a phone with a weak network: installable, a survey started online
// is finished offline, the answers wait on the phone and land exactly once when
// the network comes back. Service workers need JavaScript, so these run only in
// the hydrated project; without JavaScript every page is a plain form (journey.spec).
import { test, expect, chromium, BrowserContext, Page, Route } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { msg, demo, stored, ready, expectAccessible, LANGS } from './support';

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'service workers need JavaScript');

const q = demo.questions;
const nb = (text: Record<string, string>) => text.nb;
const progress = (n: number) => msg('nb', 'progress', { n, total: q.length });

/** Requests the service worker itself makes fail as if there were no network. */
async function offline(context: BrowserContext) {
  await context.route('**/*', fromWorkerFails);
  await context.setOffline(true);
}

async function online(context: BrowserContext) {
  await context.unroute('**/*', fromWorkerFails);
  await context.setOffline(false);
}

function fromWorkerFails(route: Route) {
  return route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback();
}

/** Joins the demo, starts, and waits until the service worker keeps the survey. */
async function startKept(page: Page): Promise<string> {
  await page.goto('/j/SVAR25');
  await ready(page, true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('button', { name: msg('nb', 'start-button') }).click();
  await expect(page.getByText(progress(1))).toBeVisible();
  const token = page.url().match(/\/r\/([^/]+)\/q\/1/)![1];
  await expect
    .poll(() => page.evaluate(async (t) => !!(await caches.match(`/r/${t}/offline`)), token), { timeout: 20_000 })
    .toBe(true);
  return token;
}

const mine = (marker: string) =>
  stored('SVAR25').filter((r) => r.answers.some((a) => a.text?.includes(marker)));

test('installable: manifest, icons and a service worker', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito window, which every
  // Playwright context is: this one keeps a profile on disk.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ungstemme-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...test.info().project.use.launchOptions,
    baseURL,
    locale: 'nb-NO',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const { url, data } = await cdp.send('Page.getAppManifest');
  expect(url).toContain('/manifest.webmanifest?lang=nb');
  expect(JSON.parse(data!).name).toBe(msg('nb', 'app-name'));
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test('the manifest speaks the reader\'s language', async ({ request }) => {
  for (const lang of ['nb', 'nn', 'se', 'en'] as const) {
    const manifest = await (await request.get(`/manifest.webmanifest?lang=${lang}`)).json();
    expect(manifest.lang).toBe(lang);
    expect(manifest.description).toBe(msg(lang, 'app-description'));
    expect(manifest.display).toBe('standalone');
  }
});

test('a survey started online is finished offline and lands once', async ({ page, context }) => {
  const marker = `offline-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const token = await startKept(page);

  // Question 1 online, then the network goes.
  await page.getByLabel(nb(q[0].options[1]), { exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  await expect(page.getByText(progress(2))).toBeVisible();
  await offline(context);
  await expect(page.getByText(msg('nb', 'offline-note'))).toBeVisible();

  await page.getByLabel(nb(q[1].options[0]), { exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  await expect(page.getByText(progress(3))).toBeVisible();
  await page.getByRole('radio', { name: msg('nb', 'scale-4'), exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  await expect(page.getByText(progress(4))).toBeVisible();

  // Reloading without network still shows the survey.
  await page.reload();
  await expect(page.getByText(progress(4))).toBeVisible();
  await page.getByLabel(nb(q[3].prompt), { exact: true }).fill(`Skrevet uten nett ${marker}`);
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  // Going back without network shows what was written there offline, not the
  // empty field the kept page had.
  await expect(page.getByText(progress(5))).toBeVisible();
  await page.getByRole('button', { name: msg('nb', 'back-button'), exact: true }).click();
  await expect(page.getByText(progress(4))).toBeVisible();
  await expect(page.getByLabel(nb(q[3].prompt), { exact: true })).toHaveValue(`Skrevet uten nett ${marker}`);
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  for (const n of [5, 6, 7]) {
    await expect(page.getByText(progress(n))).toBeVisible();
    await page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'about-title'));
  await page.getByLabel(msg('nb', 'age-13-15'), { exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'send-button') }).click();

  // Saved on the phone, said plainly; nothing has reached the server.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'saved-title'));
  await expect(page.getByText(msg('nb', 'saved-body'))).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'saved-title'));
  expect(mine(marker)).toHaveLength(0);

  // The network is back: sent by itself, the thank-you page follows.
  await online(context);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'thanks-title'), { timeout: 20_000 });
  const rows = mine(marker);
  expect(rows).toHaveLength(1);
  // Everything answered, online and offline: two choices, the scale, the text.
  const answers = rows[0].answers;
  expect(answers).toHaveLength(4);
  expect(answers.filter((a) => a.option !== null)).toHaveLength(2);
  expect(answers.filter((a) => a.scale !== null).map((a) => a.scale)).toEqual([4]);
  expect(answers.filter((a) => a.text?.includes(`Skrevet uten nett ${marker}`))).toHaveLength(1);
  expect(rows[0].age_band).toBe('13-15');

  // What was kept for answering offline is gone from the phone.
  const kept = await page.evaluate(async (t) => {
    const cache = await caches.open('pages-v1');
    return (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(`/r/${t}/`)).length;
  }, token);
  expect(kept).toBe(0);
});

test('a text written offline is followed by the help lines, in every language', async ({ browser }) => {
  // No screen runs on the phone: after any text written without network, the
  // next page offers the help lines gently, from the copy the worker kept.
  const free = q.findIndex((question: { kind: string }) => question.kind === 'free_text');
  expect(free).toBeGreaterThanOrEqual(0);
  for (const lang of LANGS) {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`/lang/${lang}?to=/j/SVAR25`);
    await ready(page, true);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByRole('button', { name: msg(lang, 'start-button') }).click();
    const at = (n: number) => msg(lang, 'progress', { n, total: q.length });
    await expect(page.getByText(at(1))).toBeVisible();
    const token = page.url().match(/\/r\/([^/]+)\/q\/1/)![1];
    const gentle = `/r/${token}/q/${free + 2}?help=maybe`;
    await expect
      .poll(() => page.evaluate(async (p) => !!(await caches.match(p)), gentle), { timeout: 20_000 })
      .toBe(true);
    for (let n = 1; n <= free; n++) {
      await page.getByRole('button', { name: msg(lang, 'skip-button'), exact: true }).click();
      await expect(page.getByText(at(n + 1))).toBeVisible();
    }
    await offline(context);
    await page.locator('textarea[name=text]').fill('Jeg har det helt fint, dette er bare en test uten nett');
    await page.getByRole('button', { name: msg(lang, 'next-button'), exact: true }).click();
    await expect(page.getByText(at(free + 2))).toBeVisible();
    const help = page.locator('section.help-lines.maybe');
    await expect(help.getByRole('heading', { name: msg(lang, 'help-maybe-title') })).toBeVisible();
    await expect(help.locator('a[href="tel:116111"]')).toBeVisible();
    await expect(help.getByRole('link', { name: msg(lang, 'help-chat') }).first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath(`offline-help-${lang}.png`), fullPage: true });
    await online(context);
    await context.close();
  }
});

test('an answer that reached the server but whose reply was lost is stored once', async ({ page, context }) => {
  const marker = `lost-reply-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await startKept(page);
  await page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true }).click();
  await expect(page.getByText(progress(2))).toBeVisible();
  for (const n of [2, 3]) {
    await page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true }).click();
    await expect(page.getByText(progress(n + 1))).toBeVisible();
  }
  await page.getByLabel(nb(q[3].prompt), { exact: true }).fill(`Svaret kom fram ${marker}`);
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  for (const n of [5, 6, 7]) {
    await expect(page.getByText(progress(n))).toBeVisible();
    await page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'about-title'));

  // The answers reach the server, which stores them, but the reply never comes
  // back: to the phone it looks like no network, so they wait in the outbox. (The
  // server's copy is posted beside the phone, with the page's own fields.)
  const field = (name: string) => page.locator(`input[name=${name}]`).inputValue();
  const form = { key: await field('key'), code: await field('code'), answers: await field('answers'), age: '', county: '' };
  const arrived = await page.request.post(`/r/${form.key}/submit`, { form, maxRedirects: 0 });
  expect(arrived.status()).toBe(303);
  expect(mine(marker)).toHaveLength(1);
  let lost = 0;
  const replyLost = (route: Route) => {
    // Only the worker's own request is cut; the page's is the worker's to answer.
    if (route.request().method() !== 'POST' || !route.request().serviceWorker()) return route.fallback();
    lost += 1;
    return route.abort('connectionreset');
  };
  await context.route('**/r/*/submit', replyLost);
  await page.getByRole('button', { name: msg('nb', 'send-button') }).click();
  await expect.poll(() => lost).toBeGreaterThanOrEqual(1);
  // The page after it asks the server, which has the answers: they are thanked for.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'thanks-title'));
  expect(mine(marker)).toHaveLength(1);
  expect(await waiting(page)).toBe(1);

  // Back to normal: the outbox sends it again, and the server keeps one copy.
  await context.unroute('**/r/*/submit', replyLost);
  await page.evaluate(() => navigator.serviceWorker.controller!.postMessage({ type: 'flush' }));
  await expect.poll(() => waiting(page)).toBe(0);
  expect(mine(marker)).toHaveLength(1);
});

/** How many posts wait in the phone's outbox. */
function waiting(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ungstemme', 1);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test('a new version takes over without breaking a survey in progress', async ({ page, context, baseURL }) => {
  const marker = `update-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await startKept(page);
  await page.getByLabel(nb(q[0].options[0]), { exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  await expect(page.getByText(progress(2))).toBeVisible();

  // The next version: a service worker for another bundle, whose files are this
  // one's under new names (the server has only this build).
  const current = (await (await page.request.get('/sw.js')).text()).match(/const BUNDLE = '([^']+)'/)![1];
  const next = 'ungstemme-nextversion0000';
  // (Playwright sees a worker script only when it is registered, not on an
  // update check: the new version is registered under a new address.)
  await context.route('**/sw.js?next', async (route) => {
    const body = (await (await route.fetch()).text()).replaceAll(current, next);
    await route.fulfill({ body, contentType: 'text/javascript', headers: { 'cache-control': 'no-cache' } });
  });
  await context.route(`**/pkg/${next}*`, async (route) => {
    const real = route.request().url().replace(next, current);
    await route.fulfill({ response: await page.request.get(real) });
  });
  const tookOver = page.evaluate(
    () => new Promise<string>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(navigator.serviceWorker.controller!.scriptURL));
      navigator.serviceWorker.register('/sw.js?next');
    }),
  );
  await tookOver;
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('shell-'))))
    .toEqual([`shell-${next}`]);

  // The survey goes on offline under the new version: the old version's pages
  // are still kept, and stand in with the new version's files.
  await offline(context);
  await page.getByLabel(nb(q[1].options[1]), { exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  await expect(page.getByText(progress(3))).toBeVisible();
  await page.reload();
  await expect(page.getByText(progress(3))).toBeVisible();
  const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.button.primary')!).backgroundColor);
  expect(styled).toBe('rgb(75, 43, 179)');
  await page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true }).click();
  await expect(page.getByText(progress(4))).toBeVisible();
  await page.getByLabel(nb(q[3].prompt), { exact: true }).fill(`Etter oppdateringen ${marker}`);
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  for (const n of [5, 6, 7]) {
    await expect(page.getByText(progress(n))).toBeVisible();
    await page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true }).click();
  }
  await page.getByRole('button', { name: msg('nb', 'send-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'saved-title'));

  await online(context);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'thanks-title'), { timeout: 20_000 });
  const rows = mine(marker);
  expect(rows).toHaveLength(1);
  expect(rows[0].answers.filter((a) => a.option !== null)).toHaveLength(2);
});
