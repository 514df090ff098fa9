// A whole participation session, as a youth organisation runs it: an administrator
// invites a facilitator, who builds a consultation from a template and opens a live
// session; three phones — one without JavaScript — join by code and by the QR link
// and answer; the presenter view updates live; the facilitator moves the room on,
// moderates, ends the session and exports. The CSV and XLSX hold exactly the
// expected rows. axe-core on every staff page.
//
// The room mixes phones with and without JavaScript in one run, so it runs once,
// in the hydrated project (the facilitator's browser).
import { test, expect, Browser, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { msg, demo, expectAccessible, postAndSettle, ready } from './support';

const PASSWORD = 'et langt og godt passord';
const q = demo.questions;

async function staffPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ locale: 'nb-NO', viewport, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string, password: string, name: string) {
  await page.goto('/staff/sign-in');
  await ready(page, true);
  await page.getByLabel(msg('nb', 'staff-email-label')).fill(email);
  await page.getByLabel(msg('nb', 'staff-password-label')).fill(password);
  await page.getByRole('button', { name: msg('nb', 'staff-sign-in-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name }));
}

/** A phone that has joined `code`, by typing it or by the QR link. */
async function joinPhone(browser: Browser, code: string, how: 'typed' | 'qr', js: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
  const page = await context.newPage();
  if (how === 'typed') {
    await page.goto('/');
    await ready(page, js);
    await page.getByLabel(msg('nb', 'join-code-label'), { exact: true }).fill(code.toLowerCase());
    await page.getByRole('button', { name: msg('nb', 'join-button') }).click();
  } else {
    await page.goto(`/j/${code}`);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo.title.nb);
  await ready(page, js);
  await page.getByRole('button', { name: msg('nb', 'start-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(q[0].prompt.nb);
  await ready(page, js);
  return { context, page, js };
}

const progress = (n: number) => msg('nb', 'progress', { n, total: q.length });

test('a youth organisation runs a live session from invite to export', async ({ browser, javaScriptEnabled }, info) => {
  test.skip(!javaScriptEnabled, 'one mixed room per run: phones with and without JavaScript');
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`;
  const org = `Ungdomsrådet ${stamp}`;

  // The administrator makes the organisation and invites Frida into it.
  const admin = `admin-room-${stamp}@innsats.no`;
  execFileSync(process.env.E2E_BIN!, ['admin', 'create', '--email', admin, '--name', 'Leder'], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL!, UNGSTEMME_ADMIN_PASSWORD: PASSWORD, RUST_LOG: 'error' },
  });
  const a = await staffPage(browser);
  await signIn(a.page, admin, PASSWORD, 'Leder');
  await a.page.goto('/staff/admin');
  await ready(a.page, true);
  await a.page.getByLabel(msg('nb', 'staff-admin-org-name-label')).fill(org);
  await a.page.getByRole('button', { name: msg('nb', 'staff-admin-create-org-button') }).click();
  await expect(a.page.getByRole('listitem').filter({ hasText: org })).toBeVisible();
  await a.page.getByLabel(msg('nb', 'staff-admin-invite-name-label'), { exact: true }).fill('Frida');
  await a.page.locator('#invite-email').fill(`frida-${stamp}@rad.no`);
  await a.page.getByLabel(msg('nb', 'staff-admin-invite-role-label'), { exact: true }).selectOption('facilitator');
  await a.page.getByLabel(msg('nb', 'staff-admin-invite-org-label'), { exact: true }).selectOption({ label: org });
  await a.page.getByRole('button', { name: msg('nb', 'staff-admin-invite-button') }).click();
  const link = (await a.page.locator('.invite-link').textContent())!;
  await expectAccessible(a.page);
  await a.context.close();

  // Frida sets her password, builds a consultation from the first template and
  // opens a live session.
  const { context, page } = await staffPage(browser);
  await page.goto(link);
  await ready(page, true);
  await page.getByLabel(msg('nb', 'staff-new-password-label')).fill('fridas lange passord');
  await page.getByRole('button', { name: msg('nb', 'staff-invite-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name: 'Frida' }));
  await page.goto('/staff/consultations');
  await ready(page, true);
  await expect(page.getByText(msg('nb', 'staff-consultations-none'))).toBeVisible();
  await postAndSettle(page, true, page.getByRole('button', { name: msg('nb', 'staff-template-use') }).first());
  await expect(page.getByRole('heading', { level: 2, name: demo.title.nb })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('nb', 'staff-session-open-button') }).first().click();
  const code = (await page.locator('.join-code-big').textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  await expectAccessible(page);

  // The presenter view, with the room following the screen.
  await page.getByRole('link', { name: msg('nb', 'staff-present-open') }).click();
  await ready(page, true);
  await expect(page.locator('.presenter .join-code-big')).toHaveText(code);
  await page.getByRole('button', { name: msg('nb', 'staff-present-switch-paced') }).click();
  await expect(page.getByText(msg('nb', 'staff-present-paced'), { exact: false })).toBeVisible();
  await ready(page, true);
  await expectAccessible(page);
  await page.evaluate(() => ((window as any).__samePage = 42));

  // Three phones: one types the code, two scan the QR code (one of them has no
  // JavaScript). Each picks an option of question 1.
  const phones = [
    await joinPhone(browser, code, 'typed', true),
    await joinPhone(browser, code, 'qr', true),
    await joinPhone(browser, code, 'qr', false),
  ];
  const chosen = [1, 1, 2];
  const bar = (i: number) => page.locator('.presenter .bars li').nth(i).locator('.bar-count');
  for (const [i, p] of phones.entries()) {
    await p.page.getByLabel(q[0].options[chosen[i]].nb, { exact: true }).check();
    await p.page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
    // Paced: the phone stays with the room.
    await expect(p.page.getByRole('heading', { level: 1 })).toHaveText(q[0].prompt.nb);
  }
  // The projector counts them live, without a reload.
  await expect(bar(1)).toHaveText('2', { timeout: 5_000 });
  await expect(bar(2)).toHaveText('1', { timeout: 5_000 });
  expect(await page.evaluate(() => (window as any).__samePage)).toBe(42);

  // The room moves on; phones follow (the one without JavaScript on its next load).
  await page.getByRole('button', { name: msg('nb', 'staff-present-next') }).click();
  await expect(page.getByText(msg('nb', 'staff-present-position', { n: 2, total: q.length }))).toBeVisible();
  for (const p of phones) {
    if (!p.js) await p.page.reload();
    await expect(p.page.getByText(progress(2))).toBeVisible();
  }

  // Then everyone finishes in their own tempo: skip to the free text, write,
  // skip the rest, send.
  await ready(page, true);
  await page.getByRole('button', { name: msg('nb', 'staff-present-switch-self-paced') }).click();
  await expect(page.getByText(msg('nb', 'staff-present-self-paced'), { exact: false })).toBeVisible();
  const written = [`Mer lys i parken ${stamp}-a`, `Ring meg på 912 34 567 ${stamp}-b`, `Gratis hall ${stamp}-c`];
  for (const [i, p] of phones.entries()) {
    for (let n = 2; n <= 3; n++) {
      await expect(p.page.getByText(progress(n))).toBeVisible();
      await p.page.getByRole('button', { name: msg('nb', 'skip-button') }).click();
    }
    await expect(p.page.getByText(progress(4))).toBeVisible();
    await p.page.getByLabel(q[3].prompt.nb, { exact: true }).fill(written[i]);
    await p.page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
    for (let n = 5; n <= q.length; n++) {
      await expect(p.page.getByText(progress(n))).toBeVisible();
      await p.page.getByRole('button', { name: msg('nb', 'skip-button') }).click();
    }
    await expect(p.page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'about-title'));
    await p.page.getByRole('button', { name: msg('nb', 'send-button') }).click();
    await expect(p.page.getByText(msg('nb', 'thanks-stored'))).toBeVisible();
    await p.context.close();
  }

  // Moderation: two texts approved, the one that had a phone number hidden.
  await page.getByRole('link', { name: msg('nb', 'staff-present-back') }).click();
  await ready(page, true);
  await page.getByRole('link', { name: msg('nb', 'staff-moderate-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-moderate-title'));
  await ready(page, true);
  await expect(page.locator('.text-card')).toHaveCount(3);
  await expect(page.locator('.text-card blockquote').filter({ hasText: '912 34 567' })).toHaveCount(0);
  await expectAccessible(page);
  const card = (suffix: string) => page.locator('.text-card').filter({ hasText: `${stamp}-${suffix}` });
  for (const s of ['a', 'c']) {
    await card(s).getByRole('button', { name: msg('nb', 'staff-moderate-approve') }).click();
    await expect(card(s).locator('.status')).toHaveText(msg('nb', 'staff-moderate-status-approved'));
    await ready(page, true);
  }
  await card('b').getByLabel(msg('nb', 'staff-moderate-reason-label')).fill('Personopplysninger');
  await card('b').getByRole('button', { name: msg('nb', 'staff-moderate-hide'), exact: true }).click();
  await expect(card('b').locator('.status')).toHaveText(msg('nb', 'staff-moderate-status-hidden'));

  // End the session; then export.
  await page.getByRole('link', { name: msg('nb', 'staff-moderate-back') }).click();
  await ready(page, true);
  await page.getByRole('button', { name: msg('nb', 'staff-session-end') }).click();
  await expect(page.getByText(msg('nb', 'staff-session-not-accepting'))).toBeVisible();
  await expectAccessible(page);

  const download = async (label: string) => {
    const waiting = page.waitForEvent('download');
    await page.getByRole('link', { name: msg('nb', label) }).click();
    return (await (await waiting).path())!;
  };
  const csv = fs.readFileSync(await download('staff-export-csv'), 'utf8').split('\r\n').filter((l) => l);
  // A header, and per phone its choice and its text: six answers.
  expect(csv).toHaveLength(7);
  expect(csv[0]).toBe('\ufeffresponse,session,submitted_hour,language,age_band,county,question_no,question,question_kind,option,scale,idea_title,text,moderation,goals,arenas,factors');
  const rows = csv.slice(1);
  expect(rows.filter((r) => r.includes(',single_choice,'))).toHaveLength(3);
  expect(rows.filter((r) => r.includes(`,${q[0].options[1].nb},`))).toHaveLength(2);
  expect(rows.filter((r) => r.includes(',approved,'))).toHaveLength(2);
  const hidden = rows.filter((r) => r.includes(',hidden,'));
  expect(hidden).toHaveLength(1);
  expect(hidden[0]).not.toContain(stamp);
  expect(rows.some((r) => r.includes(`${stamp}-a`)) && rows.some((r) => r.includes(`${stamp}-c`))).toBe(true);
  expect(csv.join('\n')).not.toContain('912 34 567');

  const xlsx = await download('staff-export-xlsx');
  const sheet = (name: string) =>
    execFileSync('python3', ['-c', 'import sys,zipfile;print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', xlsx, name], { encoding: 'utf8' });
  expect(sheet('xl/worksheets/sheet1.xml').match(/<row /g)).toHaveLength(7);
  const strings = sheet('xl/sharedStrings.xml');
  expect(strings).toContain(`${stamp}-a`);
  expect(strings).not.toContain(`${stamp}-b`);
  expect(sheet('xl/worksheets/sheet2.xml').match(/<row /g)).toHaveLength(18);
  await context.close();
});
