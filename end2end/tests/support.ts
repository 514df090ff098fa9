// Helpers shared by the specs: the messages the app should show (read from the
// same Fluent files the app uses), the demo content, axe-core, and the stored data.
import { expect, Page, test } from '@playwright/test';
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
