import http from 'k6/http';
import { check, group, sleep } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE = __ENV.BASE_URL || 'https://staging.example.com';

const checkoutErrors = new Rate('checkout_errors');
const searchLatency = new Trend('search_latency', true);

export const options = {
  scenarios: {
    // Catalogue traffic climbs in steps; checkout holds a fixed rate.
    catalogue_steps: {
      executor: 'ramping-arrival-rate',
      startRate: 2,
      timeUnit: '1s',
      preAllocatedVUs: 40,
      maxVUs: 120,
      stages: [
        { target: 20, duration: '90s' },
        { target: 60, duration: '2m' },
        { target: 5, duration: '20s' },
      ],
      exec: 'browse',
    },
    checkout: {
      executor: 'per-vu-iterations',
      vus: 15,
      iterations: 40,
      maxDuration: '5m',
      startTime: '30s',
      exec: 'checkout',
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<500'],
    search_latency: ['p(90)<300'],
    checkout_errors: ['rate<0.02'],
  },
};

export function setup() {
  const res = http.post(`${BASE}/api/login`, JSON.stringify({ user: 'loadtest', pass: __ENV.PASS }), {
    headers: { 'Content-Type': 'application/json' },
  });
  check(res, { 'logged in': (r) => r.status === 200 });
  return { token: res.json('token') };
}

export function browse() {
  group('home', () => {
    const res = http.get(`${BASE}/`);
    check(res, { 'home 200': (r) => r.status === 200 });
  });
  group('search', () => {
    const terms = ['lamp', 'desk', 'chair', 'rug'];
    const q = terms[Math.floor(Math.random() * terms.length)];
    const res = http.get(`${BASE}/api/search?q=${q}`);
    searchLatency.add(res.timings.duration);
    check(res, { 'has results': (r) => r.json('items.length') > 0 });
  });
  sleep(Math.random() * 3 + 1);
}

export function checkout(data) {
  const params = { headers: { Authorization: `Bearer ${data.token}`, 'Content-Type': 'application/json' } };
  const cart = http.post(`${BASE}/api/cart`, JSON.stringify({ sku: 'SKU-1001', qty: 1 }), params);
  const order = http.post(`${BASE}/api/orders`, JSON.stringify({ cartId: cart.json('id') }), params);
  const ok = check(order, { 'order created': (r) => r.status === 201 });
  checkoutErrors.add(!ok);
}
