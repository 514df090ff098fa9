// "What we heard": a reviewer publishes one view of the overview with a text and
// later adds what was done; young people read it on the public page in each of
// the four languages, without signing in. Hydrated and without JavaScript, with
// axe-core on every page.
import { test, expect } from '@playwright/test';
import { LANGS, msg, expectAccessible, invitedStaff, postAndSettle, ready } from './support';

test('a reviewer publishes what we heard, and young people read it in their language', async ({ browser, javaScriptEnabled }, info) => {
  test.setTimeout(120_000);
  const js = javaScriptEnabled;
  const stamp = `${info.project.name}-${Date.now()}`;
  const title = `Trygge veier hjem ${stamp}`;
  const did = `Kommunen setter opp lys (${stamp}).`;

  const { context, page } = await invitedStaff(browser, js, stamp, { name: 'Pia', role: 'reviewer' });
  await page.getByRole('link', { name: msg('nb', 'overview-title') }).click();
  await ready(page, js);
  await page.getByRole('link', { name: msg('nb', 'overview-publish') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'publications-new-title'));
  await ready(page, js);
  // The figures as the public will see them, before anything is published.
  await expect(page.getByRole('heading', { name: msg('nb', 'publications-preview-heading') })).toBeVisible();
  await expectAccessible(page);
  await page.locator('#title-nb').fill(title);
  await page.locator('#title-en').fill(`Safe ways home ${stamp}`);
  await page.locator('#heard-nb').fill('Mange av dere sa at veien hjem er mørk.\n\nDere vil ha mer lys.');
  await page.getByRole('button', { name: msg('nb', 'publications-publish-button') }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'publications-title'));
  await ready(page, js);
  const mine = page.locator('.managed-publication').filter({ hasText: title });
  await expect(mine.getByText(msg('nb', 'publications-public'))).toBeVisible();
  await expectAccessible(page);
  await mine.locator('textarea[name="body_nb"]').fill(did);
  await postAndSettle(page, js, mine.getByRole('button', { name: msg('nb', 'publications-update-button') }));
  await expect(page.locator('.managed-publication').filter({ hasText: title }).getByText(did)).toBeVisible();
  await context.close();

  // Anyone, in each language, without signing in.
  for (const lang of LANGS) {
    const reader = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
    const p = await reader.newPage();
    await p.goto(lang === 'nb' ? '/' : `/lang/${lang}?to=/`);
    await p.getByRole('link', { name: msg(lang, 'welcome-heard-link') }).click();
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'heard-title'));
    await ready(p, js);
    const shown = lang === 'en' ? `Safe ways home ${stamp}` : title;
    const article = p.getByRole('article', { name: shown });
    await expect(article).toBeVisible();
    await expect(article.getByText('Dere vil ha mer lys.')).toBeVisible();
    await expect(article.getByText(did)).toBeVisible();
    await expect(article.getByRole('heading', { name: msg(lang, 'heard-did-heading') })).toBeVisible();
    await expect(article.locator('.figures-summary')).toBeVisible();
    await expectAccessible(p);
    await reader.close();
  }
});
