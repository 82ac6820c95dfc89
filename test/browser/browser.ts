/**
 * Debian's Chromium driven by playwright-core, one fresh profile per test file. Records every request the
 * page makes, so a test can assert that nothing leaves the app's own origin, and runs axe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Every Content-Security-Policy violation the pages reported (the directive and what was blocked). */
  cspViolations: string[];
  close: () => Promise<void>;
}

export async function openSession(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'serviceniveau-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
  });
  // Every page reports its CSP violations (the DOM event) and Chromium's console lines about the policy.
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests to anywhere but the app's own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: readonly string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}

/** The page still has its header: the app's name, the navigation of the views and a level-1 heading. */
export async function shellOf(page: Page): Promise<{ navigation: number; headings: string[] }> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return {
    navigation: await page.getByRole('navigation', { name: 'Visninger' }).count(),
    headings: await page.getByRole('heading', { level: 1 }).allTextContents(),
  };
}

/** axe's WCAG 2.1 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/**
 * One Chromium session for the calling test file: opened before its first test and closed after its last.
 * The returned object reads through to the open session, so tests write `session.page`.
 */
export function sessionForFile(): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await openSession();
  });
  afterAll(async () => {
    // The app runs under its shipped Content-Security-Policy: no test file may see a violation.
    const violations = current?.cspViolations ?? [];
    await current?.close();
    expect(violations).toEqual([]);
  });
  const open = (): Session => {
    if (!current) throw new Error('The browser session is not open: use it inside a test.');
    return current;
  };
  return {
    get context() {
      return open().context;
    },
    get page() {
      return open().page;
    },
    get requests() {
      return open().requests;
    },
    get cspViolations() {
      return open().cspViolations;
    },
    close: () => open().close(),
  };
}
