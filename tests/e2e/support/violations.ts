// Collects Content-Security-Policy violations and console errors of a page (and its frames).
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function watchViolations(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'}`);
    });
  });
  return async () => {
    const violations: string[] = [];
    for (const frame of page.frames()) {
      violations.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
    }
    return { violations, errors };
  };
}
