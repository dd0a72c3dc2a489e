import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { bearer } from '../utils/http';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * What every browser test stands on: the real service (AppModule, in this process, on a fresh copy of the
 * migrated embedded database) listening on a port and serving the built console; Debian's chromium driven by
 * playwright-core; a new browser context per test, whose screenshot and trace are kept in
 * test/browser/artifacts/ when the test fails; and checks every page must pass (no script error, no Content
 * Security Policy violation, no serious or critical accessibility violation where asked).
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ARTIFACTS = join(__dirname, 'artifacts');
export const PASSWORD = 'browser-pass-123';

export interface ConsoleService {
  t: TestApp;
  url: string;
  adminToken: string;
  close(): Promise<void>;
}

/** The service on 127.0.0.1, a free port, a fresh database. */
export async function startService(): Promise<ConsoleService> {
  const t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return {
    t,
    url: `http://127.0.0.1:${port}`,
    adminToken: await t.tokenFor('admin'),
    close: () => t.close(),
  };
}

/** A staff user through the API, who signs in with PASSWORD. */
export async function createStaffUser(
  service: ConsoleService,
  user: { name: string; role: 'operator' | 'manager' | 'sales' | 'accounts' | 'admin'; email?: string },
): Promise<{ id: string; email: string }> {
  const email = user.email ?? `${user.role}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@quayside.test`;
  const res = await service.t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({ email, name: user.name, password: PASSWORD, role: user.role });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, email };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** What a page did wrong while a test ran: script errors and CSP violations. */
interface PageProblems {
  list: string[];
}

function watch(page: Page): PageProblems {
  const problems: PageProblems = { list: [] };
  page.on('pageerror', (error) => problems.list.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A refused request (401 before sign-in, a 404 test) is logged by the browser: not a fault of the page.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.list.push(`console error: ${message.text()}`);
    }
  });
  return problems;
}

/** Records each CSP violation in the page, where `violations()` reads them. */
const RECORD_CSP = () => {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(
      `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
};

async function violations(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
}

export interface BrowserTest {
  page: Page;
  context: BrowserContext;
}

/**
 * A test in a context of its own. On failure its screenshot and Playwright trace go to
 * test/browser/artifacts/<name>.png|.zip (open the trace with `npx playwright show-trace`, or at
 * trace.playwright.dev). Script errors and CSP violations fail the test.
 */
export function browserTest(
  name: string,
  browser: () => Browser,
  body: (test: BrowserTest) => Promise<void>,
  timeout?: number,
): void {
  it(
    name,
    async () => {
      const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(RECORD_CSP);
      await context.tracing.start({ screenshots: true, snapshots: true });
      const page = await context.newPage();
      const problems = watch(page);
      try {
        await body({ page, context });
        expect([...problems.list, ...(await violations(page))]).toEqual([]);
        await context.tracing.stop();
      } catch (error) {
        const file = join(ARTIFACTS, name.replace(/[^\w-]+/g, '-').slice(0, 100));
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: `${file}.png`, fullPage: true }).catch(() => undefined);
        await context.tracing.stop({ path: `${file}.zip` }).catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    },
    timeout,
  );
}

/** Fills in and sends the sign-in form (either language); waits until the console has left it. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel(/邮箱|E-mail/).fill(email);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Chooses an entry of the header's user menu ("Change password", "Sign out", in the page's language). */
export async function fromUserMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
}

let axeSource: string | undefined;

/**
 * axe-core's check of the page as it is: fails on any serious or critical violation. axe is evaluated through
 * the DevTools protocol rather than added as a `<script>` tag (page.addScriptTag): the console's CSP refuses
 * inline scripts, as it should, and a CSP that let the test in would let an attacker in too. It waits for the
 * page's animations to end first (a dialog or a message fading in is not yet the colours it will have;
 * a spinner, which never ends, is not waited for).
 */
export async function expectAccessible(page: Page, what: string, within?: string): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // A spinner turns for as long as something loads: only the animations that end are waited for.
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      undefined,
      // Transitions last a fraction of a second; one still going after this is checked as it is.
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  // `within`: a selector to check only (a dialog, when the page under its mask is checked on its own).
  const found = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run(scope ? { include: [scope] } : document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, within ?? null);
  expect({ page: what, violations: found }).toEqual({ page: what, violations: [] });
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}
