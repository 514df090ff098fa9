// A facilitator makes a consultation from a template, writes a question in Sámi,
// adds an option, moves the question up and previews it as a phone shows it in
// Sámi — hydrated and without JavaScript, with axe-core on the editor and preview.
import { test, expect } from '@playwright/test';
import { msg, expectAccessible, invitedStaff, postAndSettle, ready } from './support';

test('a facilitator edits a consultation in Sámi and previews it', async ({ browser, javaScriptEnabled }, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const { context, page } = await invitedStaff(browser, javaScriptEnabled, stamp, { name: 'Máret', role: 'facilitator', org: `Sámi nuorat ${stamp}`, newOrg: true });

  // From a template.
  await page.goto('/staff/consultations');
  await ready(page, javaScriptEnabled);
  await page.locator('ul.templates li').filter({ hasText: 'Skole og trivsel' })
    .getByRole('button', { name: msg('nb', 'staff-template-use') }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Skole og trivsel' })).toBeVisible();
  await page.getByRole('link', { name: msg('nb', 'staff-editor-open') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(msg('nb', 'staff-editor-title'));
  await ready(page, javaScriptEnabled);
  await expectAccessible(page);
  const editor = page.url().replace(/#.*$/, '');
  const base = editor.replace(/\/edit$/, '');

  // The second question, a single choice, gets a new Sámi prompt.
  const sami = 'Leatgo dus olbmát geaiguin leat ovttas friddjaboddosiin?';
  const second = page.locator('li.editor-question').nth(1);
  await second.locator('textarea[id$="-prompt-se"]').fill(sami);
  await postAndSettle(page, javaScriptEnabled, second.getByRole('button', { name: msg('nb', 'staff-editor-save-question', { n: 2 }) }));
  await expect(page.locator('li.editor-question').nth(1).locator('textarea[id$="-prompt-se"]')).toHaveValue(sami);

  // An option is added to it.
  const options = page.locator('li.editor-question').nth(1).locator('.editor-options > li');
  await expect(options).toHaveCount(3);
  await page.locator('li.editor-question').nth(1).locator('input[id$="-new-option"]').fill('Av og til');
  await page.locator('li.editor-question').nth(1)
    .getByRole('button', { name: msg('nb', 'staff-editor-option-add') }).click();
  await expect(page.locator('li.editor-question').nth(1).locator('.editor-options > li')).toHaveCount(4);

  // It moves up to be the first question.
  await page.getByRole('button', { name: msg('nb', 'staff-editor-move-up', { n: 2 }) }).click();
  await expect(page.locator('li.editor-question').first().locator('textarea[id$="-prompt-se"]')).toHaveValue(sami);
  await expect(page.locator('li.editor-question').first().locator('.editor-options > li')).toHaveCount(4);
  await expectAccessible(page);

  // The preview in Sámi shows the new prompt, the new option (in bokmål, its only
  // language) and the phone's own words, and posts nothing.
  await page.goto(`${base}/preview/1?lang=se`);
  await ready(page, javaScriptEnabled);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sami);
  await expect(page.getByText('Av og til')).toBeVisible();
  await expect(page.locator('.progress-text')).toHaveText(msg('se', 'progress', { n: 1, total: 6 }));
  await expect(page.locator('form[method="post"]')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: msg('se', 'next-button'), exact: true }).click();
  await expect(page.locator('.progress-text')).toHaveText(msg('se', 'progress', { n: 2, total: 6 }));
  expect(page.url()).toContain(`${base.replace(/^https?:\/\/[^/]+/, '')}/preview/2?lang=se`);
  await page.getByRole('link', { name: msg('nb', 'staff-preview-back') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(msg('nb', 'staff-editor-title'));
  await context.close();
});
