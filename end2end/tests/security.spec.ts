// Security headers and no third parties: every page carries a Content-Security-
// Policy without unsafe-inline scripts, refuses to be framed and passes no
// referrer; the browser makes no request to any other origin, and reports no
// policy violation, on a young person's whole way through and on the staff pages
// (hydrated pages included: the policy lets hydration run and nothing else).
import { test, expect, BrowserContext, Page, Response } from '@playwright/test';
import { msg, demo, ready, invitedStaff } from './support';

/** Watches a browser context: requests to other origins and policy violations. */
function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  const violations: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  const onPage = (page: Page) => {
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (/Content.Security.Policy/i.test(e.message)) violations.push(e.message);
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return {
    violations,
    check() {
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
  };
}

/** The headers every page must carry. */
function expectSecureHeaders(res: Response | null) {
  expect(res).not.toBeNull();
  const h = res!.headers();
  const csp = h['content-security-policy'];
  expect(csp, `policy on ${res!.url()}`).toBeTruthy();
  const directives = Object.fromEntries(
    csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );
  expect(directives['script-src']).not.toContain("'unsafe-inline'");
  expect(directives['script-src']).not.toContain("'unsafe-eval'");
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['frame-ancestors']).toEqual(["'none'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-content-type-options']).toBe('nosniff');
}

test('a young person’s way through: own origin only, policy kept', async ({ page, context, baseURL, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const w = watch(context, new URL(baseURL!).origin);
  for (const path of ['/', '/heard', '/tilgjengelighet', '/j']) {
    expectSecureHeaders(await page.goto(path));
    await ready(page, js);
  }
  expectSecureHeaders(await page.goto('/j/SVAR25'));
  await ready(page, js);
  await page.getByRole('button', { name: msg('nb', 'start-button') }).click();
  await expect(page).toHaveURL(/\/r\/[^/]+\/q\/1$/);
  await ready(page, js);
  // Hydrated, the inline data scripts Leptos writes carry the response's nonce.
  if (js) {
    const nonces = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(nonces.every((n) => n.length > 0)).toBe(true);
  }
  await page.getByLabel(demo.questions[0].options[0].nb, { exact: true }).check();
  await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  await expect(page).toHaveURL(/\/q\/2$/);
  // A page that is not found, and a refused post: also under the policy.
  expectSecureHeaders(await page.goto('/finnes-ikke'));
  const refused = await page.request.post('/r/not-a-token/q/1', { form: { nav: 'next' }, maxRedirects: 0 });
  expect(refused.status()).toBe(404);
  expect(refused.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  w.check();

  // The watch sees a violation: a script written into the page (as injected
  // text would be, if it were ever not escaped) does not run.
  if (js) {
    await page.goto('/');
    await ready(page, js);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    await expect.poll(() => w.violations.length).toBe(1);
  }
});

test('staff pages: own origin only, policy kept', async ({ browser, baseURL, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  const stamp = `${info.project.name}-${Date.now()}`;
  const { context, page } = await invitedStaff(browser, js, stamp, { name: 'Tore', role: 'facilitator', org: 'Ungstemme demo', viewport: { width: 1280, height: 800 } });
  const w = watch(context, new URL(baseURL!).origin);
  expectSecureHeaders(await page.goto('/staff/consultations'));
  await ready(page, js);
  await page.getByRole('button', { name: msg('nb', 'staff-session-open-button') }).first().click();
  const code = (await page.locator('.join-code-big').textContent())!.trim();
  for (const path of [`/staff/sessions/${code}`, `/staff/sessions/${code}/present`, `/staff/sessions/${code}/texts`, `/staff/sessions/${code}/poster`]) {
    expectSecureHeaders(await page.goto(path));
    await ready(page, js);
  }
  // The QR code on the projector is drawn by Ungstemme itself.
  await expect(page.locator('.qr svg')).toHaveCount(1);
  w.check();
  await context.close();
});
