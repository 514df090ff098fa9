// A young person answers the demo consultation on a phone, in each language,
// hydrated and without JavaScript; what they see is in their language, what is
// stored is what they answered, and a retried submission is stored once.
import { test, expect } from '@playwright/test';
import { LANGS, ENDONYM, msg, demo, expectAccessible, stored, ready, Lang } from './support';

const label = (lang: Lang, text: Record<string, string>) => text[lang];

for (const lang of LANGS) {
  test(`answers the whole consultation in ${lang}`, async ({ page, javaScriptEnabled }) => {
    const js = javaScriptEnabled;
    const marker = `e2e-${lang}-${js ? 'js' : 'nojs'}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const q = demo.questions;

    // Welcome page, then choose the language from the menu.
    await page.goto('/');
    await page.getByRole('link', { name: ENDONYM[lang], exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'welcome-title'));
    await ready(page, js);
    await expectAccessible(page);
    // With JavaScript, every step from here on must happen without a page load.
    if (js) await page.evaluate(() => ((window as any).__samePage = 42));

    // Join by typing the code, in lower case as people do.
    await page.getByLabel(msg(lang, 'join-code-label'), { exact: true }).fill('svar25');
    await page.getByRole('button', { name: msg(lang, 'join-button') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label(lang, demo.title));
    await expectAccessible(page);
    await page.getByRole('button', { name: msg(lang, 'start-button') }).click();

    const progress = (n: number) => msg(lang, 'progress', { n, total: q.length });
    const next = () => page.getByRole('button', { name: msg(lang, 'next-button'), exact: true }).click();

    // 1: single choice.
    await expect(page.getByText(progress(1))).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label(lang, q[0].prompt));
    await expectAccessible(page);
    await page.getByLabel(label(lang, q[0].options[1]), { exact: true }).check();
    await next();

    // 2: multiple choice. Hydrated, focus moves to the new page as after a page load.
    await expect(page.getByText(progress(2))).toBeVisible();
    if (js) await expect(page.locator('#main')).toBeFocused();
    await page.getByLabel(label(lang, q[1].options[0]), { exact: true }).check();
    await page.getByLabel(label(lang, q[1].options[2]), { exact: true }).check();
    await expectAccessible(page);
    await next();

    // 3: the smiley scale, labelled in words.
    await expect(page.getByText(progress(3))).toBeVisible();
    await page.getByRole('radio', { name: msg(lang, 'scale-4'), exact: true }).check();
    await expectAccessible(page);
    await next();

    // 4: free text; then back to 3, where the earlier answer is still chosen.
    await expect(page.getByText(progress(4))).toBeVisible();
    await page.getByLabel(label(lang, q[3].prompt), { exact: true }).fill(`Mer lys i parken ${marker}`);
    await expectAccessible(page);
    await page.getByRole('button', { name: msg(lang, 'back-button') }).click();
    await expect(page.getByText(progress(3))).toBeVisible();
    await expect(page.getByRole('radio', { name: msg(lang, 'scale-4'), exact: true })).toBeChecked();
    await next();
    await expect(page.getByText(progress(4))).toBeVisible();
    await expect(page.getByLabel(label(lang, q[3].prompt), { exact: true })).toHaveValue(`Mer lys i parken ${marker}`);
    await next();

    // 5: an idea.
    await expect(page.getByText(progress(5))).toBeVisible();
    await page.getByLabel(msg(lang, 'idea-title-label'), { exact: true }).fill('Ungdomshus');
    await page.getByLabel(msg(lang, 'idea-description-label'), { exact: true }).fill('Åpent hver fredag 🙂');
    await expectAccessible(page);
    await next();

    // 6: skipped.
    await expect(page.getByText(progress(6))).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: msg(lang, 'skip-button') }).click();

    // 7: scale again.
    await expect(page.getByText(progress(7))).toBeVisible();
    await page.getByRole('radio', { name: msg(lang, 'scale-2'), exact: true }).check();
    await expectAccessible(page);
    await next();

    // About you: optional, with a reason.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'about-title'));
    await expect(page.getByText(msg(lang, 'about-why'))).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(msg(lang, 'age-16-19'), { exact: true }).check();
    await page.getByLabel(msg(lang, 'county-label'), { exact: true }).selectOption('troms');
    const form = {
      key: await page.locator('input[name=key]').inputValue(),
      code: await page.locator('input[name=code]').inputValue(),
      answers: await page.locator('input[name=answers]').inputValue(),
      age: '16-19',
      county: 'troms',
    };
    await page.getByRole('button', { name: msg(lang, 'send-button') }).click();

    // Thanks, in plain words.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'thanks-title'));
    await expect(page.getByText(msg(lang, 'thanks-anonymous-body'))).toBeVisible();
    await expectAccessible(page);
    if (js) expect(await page.evaluate(() => (window as any).__samePage)).toBe(42);

    // What was stored is what was answered, by id, once.
    const mine = () => stored('SVAR25').filter((r) => r.answers.some((a) => a.text?.includes(marker)));
    const rows = mine();
    expect(rows).toHaveLength(1);
    const r = rows[0];
    expect(r.lang).toBe(lang);
    expect(r.age_band).toBe('16-19');
    expect(r.county).toBe('troms');
    expect(r.hour % 3600).toBe(0);
    // 1 + 2 options, scale, text, idea, scale: six questions answered, 7 rows.
    expect(r.answers).toHaveLength(7);
    expect(new Set(r.answers.map((a) => a.question)).size).toBe(6);
    expect(r.answers.filter((a) => a.scale !== null).map((a) => a.scale).sort()).toEqual([2, 4]);
    expect(r.answers.find((a) => a.title !== null)?.title).toBe('Ungdomshus');

    // The phone retries the same submission (a lost acknowledgement): it is
    // acknowledged again and still stored once.
    const retry = await page.request.post(`/r/${form.key}/submit`, { form, maxRedirects: 0 });
    expect(retry.status()).toBe(303);
    expect(retry.headers()['location']).toBe(`/r/${form.key}/thanks`);
    expect(mine()).toHaveLength(1);
  });
}

test('the browser language is used until the reader chooses another', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'se-NO', extraHTTPHeaders: { 'Accept-Language': 'se-NO,nb;q=0.8' } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'se');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('se', 'welcome-title'));
  await page.getByRole('link', { name: ENDONYM.en, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/j/SVAR25');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo.title.en);
  await context.close();

  const german = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' } });
  const p2 = await german.newPage();
  await p2.goto('/');
  await expect(p2.locator('html')).toHaveAttribute('lang', 'nb');
  await german.close();
});

test('a QR link opens the consultation, and a wrong code gets a friendly answer', async ({ page }) => {
  await page.goto('/j/SVAR25');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo.title.nb);
  const res = await page.goto('/j/WRONG9');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'unknown-code-title'));
  await expectAccessible(page);
  const missing = await page.goto('/no/such/page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'not-found-title'));
  await expectAccessible(page);
});

test('a refused answer says why, in the reader\'s language', async ({ page, javaScriptEnabled }) => {
  await page.goto('/lang/en?to=/j/SVAR25');
  await ready(page, javaScriptEnabled);
  await page.getByRole('button', { name: msg('en', 'start-button') }).click();
  await expect(page.getByText(msg('en', 'progress', { n: 1, total: 7 }))).toBeVisible();
  // A forged option id, as a tampered page would send.
  await page.locator('input[name=choice]').first().evaluate((el: HTMLInputElement) => (el.value = '999999'));
  await page.locator('input[name=choice]').first().check();
  await page.getByRole('button', { name: msg('en', 'next-button'), exact: true }).click();
  await expect(page.getByText(msg('en', 'error-unknown-option'))).toBeVisible();
  await expectAccessible(page);
});
