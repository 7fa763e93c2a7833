import http from 'k6/http';
import { check, group, sleep } from 'k6';
import { Trend, Rate } from 'k6/metrics';

const BASE = __ENV.BASE_URL || 'https://staging.shop.example.com';

const checkoutDuration = new Trend('checkout_duration', true);
const failedCheckouts = new Rate('failed_checkouts');

export const options = {
  scenarios: {
    browse: {
      executor: 'ramping-vus',
      startVUs: 0,
      stages: [
        { duration: '1m', target: 50 },
        { duration: '3m', target: 50 },
        { duration: '1m', target: 0 },
      ],
      exec: 'browse',
    },
    checkout: {
      executor: 'constant-arrival-rate',
      rate: 5,
      timeUnit: '1s',
      duration: '5m',
      preAllocatedVUs: 20,
      exec: 'checkout',
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<400'],
    checkout_duration: ['p(99)<1500'],
    failed_checkouts: ['rate<0.02'],
  },
};

export function browse() {
  group('catalog', () => {
    const res = http.get(`${BASE}/api/products?page=${Math.ceil(Math.random() * 10)}`);
    check(res, {
      'status 200': (r) => r.status === 200,
      'has items': (r) => r.json('items.length') > 0,
    });
  });
  sleep(Math.random() * 3 + 1);
}

export function checkout() {
  const headers = { 'Content-Type': 'application/json' };
  const cart = http.post(`${BASE}/api/cart`, JSON.stringify({ sku: 'TSHIRT-M-BLK', qty: 1 }), { headers });
  const cartId = cart.json('id');

  const started = Date.now();
  const res = http.post(
    `${BASE}/api/checkout`,
    JSON.stringify({ cartId, payment: { method: 'test-card', token: 'tok_visa' } }),
    { headers, tags: { name: 'checkout' } },
  );
  checkoutDuration.add(Date.now() - started);
  failedCheckouts.add(res.status !== 201);
}
