import http from 'k6/http';
import { check, group, sleep } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE = __ENV.BASE_URL || 'https://staging.example.com';

const checkoutErrors = new Rate('checkout_errors');
const searchLatency = new Trend('search_latency', true);

export const options = {
  scenarios: {
    browse: {
      executor: 'ramping-vus',
      startVUs: 0,
      stages: [
        { duration: '1m', target: 50 },
        { duration: '3m', target: 50 },
        { duration: '30s', target: 0 },
      ],
      exec: 'browse',
    },
    checkout: {
      executor: 'constant-arrival-rate',
      rate: 5,
      timeUnit: '1s',
      duration: '4m',
      preAllocatedVUs: 20,
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
