import { describe, it, expect, test as base, vi } from 'vitest';
import { createInventory, type Inventory, type Sku } from '../src/inventory';
import type { Clock } from '../src/clock';

interface Fixtures {
  clock: Clock & { advance(ms: number): void };
  inventory: Inventory;
  skus: Record<'mug' | 'shirt' | 'poster', Sku>;
}

const test = base.extend<Fixtures>({
  clock: async ({}, use) => {
    let now = Date.parse('2025-01-15T09:00:00Z');
    await use({ now: () => now, advance: (ms) => void (now += ms) });
  },
  skus: async ({}, use) => {
    await use({
      mug: { code: 'MUG-001', name: 'Enamel mug', priceCents: 1400 },
      shirt: { code: 'TS-BLK-M', name: 'T-shirt black M', priceCents: 2500 },
      poster: { code: 'PST-A2', name: 'Poster A2', priceCents: 1800 },
    });
  },
  inventory: async ({ clock, skus }, use) => {
    const inv = createInventory({ clock, reservationTtlMs: 15 * 60_000 });
    inv.receive(skus.mug, 10);
    inv.receive(skus.shirt, 3);
    await use(inv);
    inv.dispose();
  },
});

describe('inventory', () => {
  test('reserving lowers available stock', ({ inventory, skus }) => {
    const r = inventory.reserve(skus.mug.code, 4);
    expect(r.ok).toBe(true);
    expect(inventory.available(skus.mug.code)).toBe(6);
  });

  test('cannot reserve more than available', ({ inventory, skus }) => {
    const r = inventory.reserve(skus.shirt.code, 5);
    expect(r).toEqual({ ok: false, reason: 'insufficient-stock', available: 3 });
  });

  test('reservations expire after the TTL', ({ inventory, skus, clock }) => {
    inventory.reserve(skus.shirt.code, 3);
    expect(inventory.available(skus.shirt.code)).toBe(0);
    clock.advance(15 * 60_000 + 1);
    inventory.sweep();
    expect(inventory.available(skus.shirt.code)).toBe(3);
  });

  test('unknown sku', ({ inventory, skus }) => {
    expect(() => inventory.reserve(skus.poster.code, 1)).toThrowError(/unknown sku PST-A2/);
  });

  it('emits low-stock events', () => {
    const onLow = vi.fn<(code: string, left: number) => void>();
    const inv = createInventory({ clock: { now: Date.now }, lowStockThreshold: 2, onLowStock: onLow });
    inv.receive({ code: 'X', name: 'x', priceCents: 1 }, 3);
    inv.reserve('X', 2);
    expect(onLow).toHaveBeenCalledWith('X', 1);
  });
});
