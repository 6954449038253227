/// <reference lib="dom" />
import { haveBrowser, launchChromium } from './helpers/browser';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { seriousAxeViolations as seriousViolations } from './helpers/axe';
import { startHarness, type Harness } from './helpers/harness';

/**
 * The staff console in Debian's Chromium at a phone's size, with the demo data: sign in with a password
 * and with a passkey (Chromium's virtual authenticator), an ADMIN invites a person who sets a password,
 * the same without JavaScript, and axe-core over every console page in both languages. The console is
 * opened on localhost: passkeys need a secure context, which 127.0.0.1 is not. Screenshots go to
 * test/artifacts/.
 */
const ARTIFACTS = join(__dirname, 'artifacts');

let h: Harness;
let base: string;
let browser: Browser;
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};
const { retailerAdmin, retailerStaff } = DEMO_PEOPLE;

beforeAll(async () => {
  if (!haveBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `console-${name}.png`), fullPage: true });
}

/** Every request the page makes stays on the server. */
function watchHosts(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== base) outside.push(r.url());
  });
  return outside;
}

async function signIn(page: Page, who: { login: string; password: string }) {
  await page.goto(`${base}/console/sign-in`);
  await page.fill('#f-login', who.login);
  await page.fill('#f-password', who.password);
  await Promise.all([
    page.waitForURL(`${base}/console`),
    page.click('form[action="/console/sign-in"] button[type="submit"]'),
  ]);
}

describe.skipIf(!haveBrowser)('the staff console on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  let outside: string[];
  beforeAll(async () => {
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    outside = watchHosts(page);
  });
  afterAll(() => context.close());

  it("signs the demo retailer's staff in with the printed password and shows the console frame", async () => {
    const res = await page.goto(`${base}/console`);
    expect(res?.status()).toBe(200);
    expect(page.url()).toBe(`${base}/console/sign-in?next=%2Fconsole`);
    await page.fill('#f-login', retailerStaff.login);
    await page.fill('#f-password', retailerStaff.password);
    await Promise.all([
      page.waitForURL(`${base}/console`),
      page.click('form[action="/console/sign-in"] button[type="submit"]'),
    ]);
    await expect(page.locator('header .me').textContent()).resolves.toContain(retailerStaff.name);
    await expect(page.locator('header .org').textContent()).resolves.toBe('郑州丹尼斯百货有限公司');
    // Staff see only what staff may use: no People & keys, no sign-in log.
    const navbar = await page.locator('nav.navbar a').allTextContents();
    expect(navbar).toContain('今天');
    expect(navbar).toContain('标签');
    expect(navbar.filter((t) => ['人员与密钥', '登录日志'].includes(t))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'home-staff');
  });

  it('registers a passkey on my account, signs out, and signs in with the passkey (virtual authenticator)', async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${base}/console/account`);
    await page.fill('#pk-f-name', '柜台手机');
    await Promise.all([
      page.waitForURL(/notice=passkeyAdded/),
      page.click('form[data-passkey="register"] button[type="submit"]'),
    ]);
    await expect(page.locator('main').textContent()).resolves.toContain('柜台手机');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    await shot(page, 'account-passkey');

    await Promise.all([page.waitForURL(/signedOut=1/), page.click('header button[type="submit"]')]);
    await page.goto(`${base}/console/sign-in?next=%2Fconsole%2Faccount`);
    await expect(page.locator('form[data-passkey="sign-in"]').isVisible()).resolves.toBe(true);
    await Promise.all([
      page.waitForURL(`${base}/console/account`),
      page.click('form[data-passkey="sign-in"] button[type="submit"]'),
    ]);
    await expect(page.locator('header .me').textContent()).resolves.toContain(retailerStaff.name);
    const sessions = await h
      .em()
      .execute<{ method: string }[]>(
        'select s.method from person_session s join person p on p.id = s.person_id where p.login = ? and s.ended_at is null',
        [retailerStaff.login],
      );
    expect(sessions.map((s) => s.method)).toEqual(['PASSKEY']);
    await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    expect(outside).toEqual([]);
  });
});

describe.skipIf(!haveBrowser)('an ADMIN invites a person, with JavaScript off', () => {
  it('the invitee opens the link, sets a password, is signed in, and signs in again with it', async () => {
    const admin = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await admin.newPage();
    await signIn(page, retailerAdmin);
    await page.goto(`${base}/console/people`);
    await page.fill('#f-name', '周新 Zhou Xin');
    await page.fill('#f-login', '13900139000');
    await page.selectOption('#f-role', 'VIEWER');
    await Promise.all([
      page.waitForURL(`${base}/console/people/invite`),
      page.click('form[action="/console/people/invite"] button[type="submit"]'),
    ]);
    const link = (await page.locator('#one-time-link').textContent())!.trim();
    expect(link.startsWith(`${base}/console/invitation/`)).toBe(true);
    await shot(page, 'invited');
    await admin.close();

    const invitee = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const p = await invitee.newPage();
    await p.goto(link);
    await p.fill('#f-password', '短密码');
    await p.fill('#f-confirm', '短密码');
    await Promise.all([p.waitForURL(link), p.click('main button[type="submit"]')]);
    await expect(p.locator('#f-password-error').textContent()).resolves.toContain('至少要有 10 个字符');
    expect(await p.getAttribute('#f-password', 'aria-invalid')).toBe('true');
    await p.fill('#f-password', '周新的收银台密码 2026');
    await p.fill('#f-confirm', '周新的收银台密码 2026');
    await Promise.all([p.waitForURL(/\/console\/account\?notice=welcome/), p.click('main button[type="submit"]')]);
    await expect(p.locator('header .me').textContent()).resolves.toContain('周新 Zhou Xin');
    await Promise.all([p.waitForURL(/signedOut=1/), p.click('header button[type="submit"]')]);
    await signIn(p, { login: '139 0013 9000', password: '周新的收银台密码 2026' });
    await invitee.close();
  });
});

describe.skipIf(!haveBrowser)('accessibility', () => {
  // One test per screen size: each visits every console page (in both languages on the phone) with axe-core.
  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ])(
    'axe-core finds no serious or critical violation on any console page, in Chinese and in English, at $width px',
    async (viewport) => {
      const found: string[] = [];
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      // The check can fail: an image without a text alternative is found.
      await page.setContent(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:,"></main></body></html>',
      );
      expect((await seriousViolations(page)).map((v) => v.id)).toContain('image-alt');
      // Both languages on the phone; the desktop layout in English (the longer words).
      const langs = viewport.width < 600 ? ['zh', 'en'] : ['en'];
      const check = async (name: string) => {
        for (const v of await seriousViolations(page))
          found.push(
            `${viewport.width} ${name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`,
          );
      };
      for (const lang of langs) {
        await page.goto(`${base}/console/sign-in?lang=${lang}`);
        await check(`sign-in ${lang}`);
        await page.fill('#f-login', 'nobody@nowhere.example');
        await page.fill('#f-password', 'wrong password');
        await page.click('form[action="/console/sign-in"] button[type="submit"]');
        await page.waitForLoadState();
        await check(`sign-in refused ${lang}`);
      }
      await signIn(page, retailerAdmin);
      const personId = /\/console\/people\/([^"]+)$/.exec(
        (await (await page.goto(`${base}/console/people`))!.text()).match(/href="(\/console\/people\/[^"]+)"/)![1],
      )![1];
      for (const lang of langs) {
        for (const path of [
          '/console',
          '/console/account',
          '/console/people',
          `/console/people/${personId}`,
          '/console/keys',
          '/console/sign-in-log',
          '/console/counter',
          `/console/counter?gtin=${DEMO_LOTS.bodysuit.gtin}&lot=${DEMO_LOTS.bodysuit.lotNumber}`,
          '/console/counter?code=hello',
          '/console/stock',
          '/console/labels',
          '/console/upload',
          '/console/no-such-page',
        ]) {
          await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await check(`${path} ${lang}`);
        }
        await page.goto(`${base}/console/people?lang=${lang}`);
        await page.fill('#f-name', '');
        await page.fill('#f-login', 'not a login');
        await page.click('form[action="/console/people/invite"] button[type="submit"]');
        await page.waitForLoadState();
        await check(`invite refused ${lang}`);
        await page.goto(`${base}/console/people?lang=${lang}`);
        await page.fill('#f-name', `访客 ${lang} ${viewport.width}`);
        await page.fill('#f-login', `axe-${lang}-${viewport.width}@dennis.example`);
        await page.click('form[action="/console/people/invite"] button[type="submit"]');
        await page.waitForLoadState();
        await check(`invited ${lang}`);
        const link = (await page.locator('#one-time-link').textContent())!.trim();
        const anon = await browser.newContext({ viewport, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
        const ap = await anon.newPage();
        await ap.goto(link);
        for (const v of await seriousViolations(ap))
          found.push(`${viewport.width} invitation ${lang}: ${v.id} ${v.help}`);
        await anon.close();
      }
      await context.close();
      const staff = await browser.newContext({ viewport, locale: 'zh-CN' });
      const sp = await staff.newPage();
      await signIn(sp, retailerStaff);
      await sp.goto(`${base}/console/people`);
      for (const v of await seriousViolations(sp)) found.push(`${viewport.width} 403: ${v.id} ${v.help}`);
      await staff.close();
      expect(found).toEqual([]);
    },
    240_000,
  );
});
