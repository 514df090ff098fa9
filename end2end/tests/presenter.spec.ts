// A facilitator puts a live session on the projector; a young person answers on a
// phone, and the presenter's bars move — without a reload when hydrated, on the
// next load without JavaScript. The phone follows the room when it is paced.
import { test, expect } from '@playwright/test';
import { msg, demo, expectAccessible, invitedStaff, ready } from './support';

test('the presenter view follows a live session', async ({ browser, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  const stamp = `${info.project.name}-${Date.now()}`;
  const { context, page } = await invitedStaff(browser, js, stamp, { name: 'Sunniva', role: 'facilitator', org: 'Ungstemme demo', viewport: { width: 1280, height: 800 } });
  const q = demo.questions;

  // A live session of the demo, and its presenter view.
  await page.goto('/staff/consultations');
  await ready(page, js);
  await page.getByRole('button', { name: msg('nb', 'staff-session-open-button') }).first().click();
  const code = (await page.locator('.join-code-big').textContent())!.trim();
  await page.getByRole('link', { name: msg('nb', 'staff-present-open') }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/sessions/${code}/present$`));
  await ready(page, js);
  await expect(page.locator('.presenter .join-code-big')).toHaveText(code);
  await expect(page.getByText(msg('nb', 'staff-present-position', { n: 1, total: q.length }))).toBeVisible();
  await expectAccessible(page);

  // The room is led: phones follow the screen.
  await page.getByRole('button', { name: msg('nb', 'staff-present-switch-paced') }).click();
  await expect(page.getByText(msg('nb', 'staff-present-paced'), { exact: false })).toBeVisible();
  await ready(page, js);
  const count = page.locator('.presenter .bars li').nth(1).locator('.bar-count');
  await expect(count).toHaveText('0');

  // A young person answers question 1 on a phone.
  const phoneContext = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
  const phone = await phoneContext.newPage();
  await phone.goto(`/j/${code}`);
  await phone.getByRole('button', { name: msg('nb', 'start-button') }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(q[0].prompt.nb);
  await ready(phone, js);
  await expect(phone.getByText(msg('nb', 'paced-hint'))).toBeVisible();
  await phone.getByLabel(q[0].options[1].nb, { exact: true }).check();
  await phone.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
  // Paced: the phone stays on the room's question.
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(q[0].prompt.nb);

  if (js) {
    // The bar moves without a reload.
    await page.evaluate(() => ((window as any).__samePage = 42));
    await expect(count).toHaveText('1', { timeout: 5_000 });
    expect(await page.evaluate(() => (window as any).__samePage)).toBe(42);
  } else {
    await page.reload();
    await expect(count).toHaveText('1');
  }
  // (a plural message, so not in msg()'s plain list)
  await expect(page.locator('.presenter-joined')).toContainText('1 har blitt med');

  // The facilitator moves on; the phone follows (by itself when hydrated).
  await page.getByRole('button', { name: msg('nb', 'staff-present-next') }).click();
  await expect(page.getByText(msg('nb', 'staff-present-position', { n: 2, total: q.length }))).toBeVisible();
  if (!js) await phone.reload();
  await expect(phone.getByText(msg('nb', 'progress', { n: 2, total: q.length }))).toBeVisible();

  // Results hidden, then shown again.
  await ready(page, js);
  await page.getByRole('button', { name: msg('nb', 'staff-present-hide') }).click();
  await expect(page.getByText(msg('nb', 'staff-present-results-hidden'))).toBeVisible();
  await expect(page.locator('.presenter .bar-count')).toHaveCount(0);
  await expectAccessible(page);
  await ready(page, js);
  await page.getByRole('button', { name: msg('nb', 'staff-present-reveal') }).click();
  await expect(page.locator('.presenter .bar-count')).toHaveCount(q[1].options.length);

  await phoneContext.close();
  await context.close();
});
