// Helpers shared by the specs: the messages the app should show (read from the
// same Fluent files the app uses), the demo content, axe-core, and the stored data.
import { Browser, expect, Locator, Page, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const LANGS = ['nb', 'nn', 'se', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const ENDONYM: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', se: 'Davvisámegiella', en: 'English' };

const root = path.resolve(__dirname, '../..');

/** Plain `id = value` messages of a locale (multi-line and select messages are skipped). */
function loadMessages(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const dir = path.join(root, 'locales', lang);
  for (const file of fs.readdirSync(dir)) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m) out[m[1]] = m[2].trim();
    }
  }
  return out;
}

const cache: Partial<Record<Lang, Record<string, string>>> = {};
/** A message, with `{ $name }` arguments filled in. */
export function msg(lang: Lang, id: string, args: Record<string, string | number> = {}): string {
  const all = (cache[lang] ??= loadMessages(lang));
  const text = all[id];
  if (text === undefined) throw new Error(`no message ${id} in ${lang}`);
  return text.replace(/\{ \$([a-z]+) \}/g, (_, name) => String(args[name]));
}

export const demo = JSON.parse(
  fs.readFileSync(path.join(root, 'content/templates/fritid-der-du-bor.json'), 'utf8'),
);

/** axe-core, WCAG 2.1 A and AA rules: no violations. */
export async function expectAccessible(page: Page) {
  // axe runs inside the page, so a page without JavaScript is checked as a copy:
  // the same HTML and stylesheet, on the same origin, with its scripts removed.
  let target = page;
  let copy: import('@playwright/test').BrowserContext | undefined;
  if (!(await jsEnabled(page))) {
    const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
    copy = await page.context().browser()!.newContext({ javaScriptEnabled: true, viewport: page.viewportSize()! });
    target = await copy.newPage();
    await target.goto(new URL('/healthz', page.url()).toString());
    await target.setContent(html, { waitUntil: 'load' });
  }
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  await copy?.close();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export interface StoredResponse {
  hour: number;
  lang: string;
  age_band: string | null;
  county: string | null;
  answers: { question: number; option: number | null; scale: number | null; title: string | null; text: string | null }[];
}

/** What the server stored for a session, read with `ungstemme export`. */
export function stored(code: string): StoredResponse[] {
  const out = execFileSync(process.env.E2E_BIN!, ['export', '--code', code], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL!, RUST_LOG: 'error' },
    encoding: 'utf8',
  });
  return out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Whether scripts run in this page's context. */
async function jsEnabled(_page: Page): Promise<boolean> {
  return test.info().project.use.javaScriptEnabled !== false;
}

/** Resolves when the page is interactive: hydrated, or at once without JavaScript. */
export async function ready(page: Page, js: boolean) {
  if (js) await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
}

export const PASSWORD = 'et langt og godt passord';

/** Someone to invite: their name, role and organisation (`new` makes one of its own). */
export interface Invitee {
  name: string;
  role: 'facilitator' | 'reviewer';
  org?: string;
  newOrg?: boolean;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/**
 * A staff member invited by a fresh administrator (made on the command line) and
 * signed in after choosing a password, in a browser context of their own.
 */
export async function invitedStaff(browser: Browser, js: boolean, stamp: string, who: Invitee) {
  const slug = who.name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const admin = `admin-${slug}-${stamp}@innsats.no`;
  execFileSync(process.env.E2E_BIN!, ['admin', 'create', '--email', admin, '--name', 'Leder'], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL!, UNGSTEMME_ADMIN_PASSWORD: PASSWORD, RUST_LOG: 'error' },
  });
  const a = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
  const pa = await a.newPage();
  await pa.goto('/staff/sign-in');
  await ready(pa, js);
  await pa.getByLabel(msg('nb', 'staff-email-label')).fill(admin);
  await pa.getByLabel(msg('nb', 'staff-password-label')).fill(PASSWORD);
  await pa.getByRole('button', { name: msg('nb', 'staff-sign-in-button') }).click();
  await expect(pa.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name: 'Leder' }));
  await pa.goto('/staff/admin');
  await ready(pa, js);
  if (who.org && who.newOrg) {
    await pa.getByLabel(msg('nb', 'staff-admin-org-name-label')).fill(who.org);
    await pa.getByRole('button', { name: msg('nb', 'staff-admin-create-org-button') }).click();
    await expect(pa.getByRole('listitem').filter({ hasText: who.org })).toBeVisible();
  }
  await pa.getByLabel(msg('nb', 'staff-admin-invite-name-label'), { exact: true }).fill(who.name);
  await pa.locator('#invite-email').fill(`${slug}-${stamp}@lag.no`);
  await pa.getByLabel(msg('nb', 'staff-admin-invite-role-label'), { exact: true }).selectOption(who.role);
  if (who.org) {
    await pa.getByLabel(msg('nb', 'staff-admin-invite-org-label'), { exact: true }).selectOption({ label: who.org });
  }
  await pa.getByRole('button', { name: msg('nb', 'staff-admin-invite-button') }).click();
  const link = (await pa.locator('.invite-link').textContent())!;
  await a.close();

  const context = await browser.newContext({
    javaScriptEnabled: js,
    locale: 'nb-NO',
    viewport: who.viewport,
    acceptDownloads: who.acceptDownloads,
  });
  const page = await context.newPage();
  await page.goto(link);
  await ready(page, js);
  await page.getByLabel(msg('nb', 'staff-new-password-label')).fill(PASSWORD);
  await page.getByRole('button', { name: msg('nb', 'staff-invite-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name: who.name }));
  return { context, page };
}

/**
 * Clicks a button that posts its form and waits until the page has taken the
 * answer in — hydrated: until the page's data has been fetched again after the
 * post (a field typed into before then would be redrawn); without JavaScript:
 * until the answering page has loaded.
 */
export async function postAndSettle(page: Page, js: boolean, button: Locator) {
  if (js) {
    const reloaded = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/'));
    await button.click();
    await reloaded;
  } else {
    const loaded = page.waitForEvent('load');
    await button.click();
    await loaded;
  }
}
