import { test, expect, type Page } from '@playwright/test';

type Product = { slug: string; name: string; price: string };

const products: Product[] = [
  { slug: 'linen-shirt', name: 'Linen shirt', price: '€49.00' },
  { slug: 'canvas-tote', name: 'Canvas tote', price: '€19.00' },
];

async function addToCart(page: Page, p: Product) {
  await page.goto(`/products/${p.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByTestId('cart-count')).not.toHaveText('0');
}

test.describe('checkout', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/api/analytics/**', (route) => route.fulfill({ status: 204 }));
  });

  test('guest can buy two items', async ({ page }) => {
    for (const p of products) await addToCart(page, p);

    await page.getByRole('link', { name: /cart/i }).click();
    await expect(page.getByRole('row')).toHaveCount(products.length + 1);
    await expect(page.getByTestId('cart-total')).toHaveText('€68.00');

    await page.getByRole('button', { name: 'Checkout' }).click();
    await page.getByLabel('Email').fill('guest@example.com');
    await page.getByLabel('Full name').fill('Sam Guest');
    await page.getByLabel('Address').fill('1 Example Street');
    await page.getByLabel('City').fill('Lisbon');
    await page.getByLabel('Postcode').fill('1100-001');
    await page.getByLabel('Country').selectOption('PT');

    const card = page.frameLocator('iframe[title="Secure card payment"]');
    await card.getByPlaceholder('Card number').fill('4242 4242 4242 4242');
    await card.getByPlaceholder('MM / YY').fill('12 / 30');
    await card.getByPlaceholder('CVC').fill('123');

    const [order] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/orders') && r.request().method() === 'POST'),
      page.getByRole('button', { name: /pay/i }).click(),
    ]);
    expect(order.status()).toBe(201);
    await expect(page).toHaveURL(/\/orders\/[A-Z0-9]{8}$/);
    await expect(page.getByText('Thank you for your order')).toBeVisible();
  });

  test('shows an error when the card is declined', async ({ page }) => {
    await addToCart(page, products[1]);
    await page.goto('/checkout');
    await page.route('**/api/orders', (route) =>
      route.fulfill({ status: 402, json: { error: 'card_declined' } }),
    );
    await page.getByRole('button', { name: /pay/i }).click();
    await expect(page.getByRole('alert')).toContainText('declined');
  });
});
