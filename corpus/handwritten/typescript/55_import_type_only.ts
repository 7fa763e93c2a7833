import type { Page } from '@playwright/test';

export async function acceptCookies(page: Page) {
  const banner = page.getByRole('dialog', { name: /cookies/i });
  if (await banner.isVisible()) {
    await banner.getByRole('button', { name: 'Accept all' }).click();
  }
}
