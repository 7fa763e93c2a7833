const { Cart } = require('../src/cart');

describe('Cart', () => {
  let cart;

  beforeEach(() => {
    cart = new Cart({ taxRate: 0.2 });
  });

  test('starts empty', () => {
    expect(cart.items).toHaveLength(0);
    expect(cart.total()).toBe(0);
  });

  test('adds items and sums quantities for same sku', () => {
    cart.add({ sku: 'A1', price: 10 }, 2);
    cart.add({ sku: 'A1', price: 10 }, 1);
    expect(cart.items).toEqual([{ sku: 'A1', price: 10, qty: 3 }]);
  });

  test('applies tax to the subtotal', () => {
    cart.add({ sku: 'B2', price: 25 });
    expect(cart.total()).toBeCloseTo(30);
  });

  test('rejects negative quantities', () => {
    expect(() => cart.add({ sku: 'C3', price: 5 }, -1)).toThrow(/quantity/);
  });

  test('discount codes', () => {
    cart.add({ sku: 'D4', price: 100 });
    cart.applyCode('SPRING10');
    expect(cart.total()).toBeCloseTo(108);
  });
});
