// Free text from a phone to the organisation's export: words that signal distress
// bring up the help lines at once, in the young person's language; personal data
// is gone before any adult reads it; a text whose writer was offered help is
// marked and approved only on purpose; the facilitator moderates and downloads the
// results. Hydrated and without JavaScript, with axe-core on every page.
import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import { msg, demo, expectAccessible, invitedStaff, ready } from './support';

test('distress brings help at once; moderated, redacted text reaches the export', async ({ browser, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  const stamp = `${info.project.name}-${Date.now()}`;
  const marker = `merke${Math.random().toString(36).slice(2, 8)}`;

  // A young person answers in Northern Sámi and writes something heavy, with a
  // phone number in it.
  const phone = await browser.newContext({ javaScriptEnabled: js, locale: 'se-NO' });
  const p = await phone.newPage();
  await p.goto('/lang/se?to=/j/SVAR25');
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(demo.title.se);
  await ready(p, js);
  await p.getByRole('button', { name: msg('se', 'start-button') }).click();
  for (let n = 1; n <= 3; n++) {
    await expect(p.getByText(msg('se', 'progress', { n, total: demo.questions.length }))).toBeVisible();
    await p.getByRole('button', { name: msg('se', 'skip-button') }).click();
  }
  await expect(p.getByText(msg('se', 'progress', { n: 4, total: demo.questions.length }))).toBeVisible();
  const written = `Jeg orker ikke mer og vil ikke leve lenger. Ring meg på 912 34 567. ${marker}`;
  await p.getByLabel(demo.questions[3].prompt.se, { exact: true }).fill(written);
  await p.getByRole('button', { name: msg('se', 'next-button'), exact: true }).click();

  // The very next screen: help lines in Sámi, numbers that dial.
  await expect(p.getByRole('heading', { name: msg('se', 'help-title') })).toBeVisible();
  await expect(p.getByRole('link', { name: '116 111' })).toHaveAttribute('href', 'tel:116111');
  await expect(p.getByText(msg('se', 'progress', { n: 5, total: demo.questions.length }))).toBeVisible();
  await expectAccessible(p);
  for (let n = 5; n <= demo.questions.length; n++) {
    await expect(p.getByText(msg('se', 'progress', { n, total: demo.questions.length }))).toBeVisible();
    await p.getByRole('button', { name: msg('se', 'skip-button') }).click();
  }
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(msg('se', 'about-title'));
  await p.getByRole('button', { name: msg('se', 'send-button') }).click();
  await expect(p.getByText(msg('se', 'thanks-stored'))).toBeVisible();
  await phone.close();

  // The facilitator finds the text redacted in the queue, approves it, exports.
  const { context, page } = await invitedStaff(browser, js, stamp, { name: 'Mona', role: 'facilitator', org: 'Ungstemme demo', acceptDownloads: true });
  await page.goto('/staff/sessions/SVAR25');
  await ready(page, js);
  await page.getByRole('link', { name: msg('nb', 'staff-moderate-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-moderate-title'));
  const card = page.locator('.text-card').filter({ hasText: marker });
  await expect(card).toHaveCount(1);
  await expect(card.locator('blockquote')).not.toContainText('912 34 567');
  await expect(card.locator('.status')).toHaveText(msg('nb', 'staff-moderate-status-pending'));
  // Its writer was offered help: the card says so, and approving it asks once more.
  await expect(card.locator('.help-mark')).toHaveText(msg('nb', 'staff-moderate-help-offered'));
  await expectAccessible(page);
  await card.getByRole('button', { name: msg('nb', 'staff-moderate-approve') }).click();
  await expect(card.locator('.status')).toHaveText(msg('nb', 'staff-moderate-status-pending'));
  await card.getByLabel(msg('nb', 'staff-moderate-help-confirm')).check();
  await card.getByRole('button', { name: msg('nb', 'staff-moderate-approve') }).click();
  await expect(page.locator('.text-card').filter({ hasText: marker }).locator('.status'))
    .toHaveText(msg('nb', 'staff-moderate-status-approved'));

  await page.goto('/staff/sessions/SVAR25');
  await ready(page, js);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: msg('nb', 'staff-export-csv') }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  const row = csv.split('\r\n').find((l) => l.includes(marker));
  expect(row, 'the approved text is exported').toBeTruthy();
  expect(row).toContain(',approved,');
  expect(csv).not.toContain('912 34 567');
  await context.close();
});
