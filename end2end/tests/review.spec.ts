// The Innsatsgruppe's reviewer: young people's texts come in and are approved by
// their organisation; the reviewer groups every text across all consultations,
// follows the run to its result, opens the approved texts and corrects a text's
// labels, then opens the overview and filters it. Hydrated and without
// JavaScript, with axe-core on every reviewer page.
import { test, expect, APIRequestContext } from '@playwright/test';
import { msg, expectAccessible, invitedStaff, ready } from './support';

const TEXTS = [
  'Mange blir mobbet i friminuttene og lærerne ser det ikke',
  'Mobbing på skolen må tas på alvor, lærerne gjør for lite',
  'Jeg ble mobbet på skolen i flere år og ingen voksne hjalp',
  'Lærerne må gripe inn når noen blir mobbet i friminuttet',
  'Mobbingen på nett fortsetter etter skolen, de voksne vet ikke om det',
  'Vi trenger voksne i friminuttene som ser mobbingen',
];

const unescape = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** One young person answers the free-text question through the real forms. */
async function answer(api: APIRequestContext, text: string) {
  const start = await api.post('/j/SVAR25/start', { maxRedirects: 0 });
  expect(start.status()).toBe(303);
  const token = /\/r\/([^/]+)\/q\/1/.exec(start.headers()['location'])![1];
  const step = await api.post(`/r/${token}/q/4`, { form: { text, nav: 'next' }, maxRedirects: 0 });
  expect(step.status()).toBe(303);
  const about = await (await api.get(`/r/${token}/about`)).text();
  const form: Record<string, string> = {};
  for (const m of about.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)) form[m[1]] = unescape(m[2]);
  const sent = await api.post(`/r/${token}/submit`, { form, maxRedirects: 0 });
  expect(sent.status()).toBe(303);
}

test('a reviewer groups all texts and corrects a label', async ({ browser, playwright, javaScriptEnabled, baseURL }, info) => {
  test.setTimeout(120_000);
  const js = javaScriptEnabled;
  const stamp = `${info.project.name}-${Date.now()}`;
  const marker = `merke${Math.random().toString(36).slice(2, 8)}`;

  const api = await playwright.request.newContext({ baseURL });
  for (const text of TEXTS) await answer(api, `${text} ${marker}`);
  await api.dispose();

  // Their organisation approves them.
  const f = await invitedStaff(browser, js, `${stamp}-f`, { name: 'Mona', role: 'facilitator', org: 'Ungstemme demo' });
  await f.page.goto('/staff/sessions/SVAR25/texts');
  await ready(f.page, js);
  const waiting = f.page
    .locator('li.text-card')
    .filter({ hasText: marker })
    .filter({ has: f.page.getByRole('button', { name: msg('nb', 'staff-moderate-approve') }) });
  for (let left = TEXTS.length; left > 0; left--) {
    await expect(waiting).toHaveCount(left);
    await waiting.first().getByRole('button', { name: msg('nb', 'staff-moderate-approve') }).click();
  }
  await expect(waiting).toHaveCount(0);
  await f.context.close();

  // The reviewer groups every text and follows the run to its result.
  const { context, page } = await invitedStaff(browser, js, stamp, { name: 'Rune', role: 'reviewer' });
  await page.getByRole('link', { name: msg('nb', 'staff-cross-themes-title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-cross-themes-title'));
  await ready(page, js);
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('nb', 'staff-cross-themes-start') }).click();
  const latest = page.getByRole('heading', { name: msg('nb', 'staff-cross-themes-latest') });
  if (js) {
    // Hydrated, the page follows the run by itself.
    await expect(latest).toBeVisible({ timeout: 30_000 });
  } else {
    await expect(async () => {
      await page.reload();
      await expect(latest).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 30_000 });
  }
  await expect(page.getByRole('button', { name: msg('nb', 'staff-cross-themes-start') })).toBeVisible();
  await expect(page.locator('.cross-theme').first()).toBeVisible();
  await expectAccessible(page);

  // The approved texts, and a correction of one text's labels.
  await page.getByRole('link', { name: msg('nb', 'staff-review-texts-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-review-texts-title'));
  await ready(page, js);
  await expectAccessible(page);
  const card = page.locator('li.text-card').filter({ hasText: `${TEXTS[0]} ${marker}` });
  await expect(card).toHaveCount(1);
  await card.getByText(msg('nb', 'staff-labels-correct')).click();
  const box = card.getByLabel(msg('nb', 'goal-mental-health'), { exact: true });
  await box.check();
  await card.getByRole('button', { name: msg('nb', 'staff-labels-save') }).click();
  const confirmed = msg('nb', 'staff-label-confirmed', { name: msg('nb', 'goal-mental-health') });
  await expect(
    page.locator('li.text-card').filter({ hasText: `${TEXTS[0]} ${marker}` }).getByText(confirmed, { exact: true }),
  ).toBeVisible();

  // The overview across all consultations, filtered to one county: a link.
  await page.goto('/staff');
  await page.getByRole('link', { name: msg('nb', 'overview-title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'overview-title'));
  await ready(page, js);
  await expect(page.getByRole('heading', { name: msg('nb', 'overview-heat-title') })).toBeVisible();
  // A group, not an image: its cells are links.
  await expect(page.getByRole('group', { name: msg('nb', 'overview-heat-title') })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(msg('nb', 'overview-filter-county'), { exact: true }).selectOption('oslo');
  await page.getByRole('button', { name: msg('nb', 'overview-show') }).click();
  await expect(page).toHaveURL(/county=oslo/);
  await expect(page.getByText(msg('nb', 'overview-showing', { filters: `${msg('nb', 'overview-filter-county')}: Oslo` }))).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
