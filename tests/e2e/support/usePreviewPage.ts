/**
 * The browser plumbing every browser test shares: one chromium per file, and for each test a fresh context (its own
 * empty IndexedDB and localStorage, see newPreviewContext) with one page, optionally opened on a view first.
 *
 *   const { page, context } = usePreviewPage(openOrganisation);
 *   it('…', async () => { await page().getByRole(…) });
 *
 * Call it at the top level of a test file: it registers the jest hooks.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../preview/tooling/launchChromium';
import { newPreviewContext } from './preview';

export interface PreviewPage {
  /** The current test's page. */
  page(): Page;
  /** The current test's browser context (for a second page on the same data). */
  context(): BrowserContext;
}

export function usePreviewPage(open?: (page: Page) => Promise<void>): PreviewPage {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('usePreviewPage: the browser did not start');
    context = await newPreviewContext(browser);
    page = await context.newPage();
    if (open) await open(page);
  });

  afterEach(async () => {
    await context?.close();
  });

  return {
    page(): Page {
      if (!page) throw new Error('usePreviewPage: no page outside a test');
      return page;
    },
    context(): BrowserContext {
      if (!context) throw new Error('usePreviewPage: no context outside a test');
      return context;
    },
  };
}
