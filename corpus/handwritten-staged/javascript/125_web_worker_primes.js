// primes.worker.js - counts primes below N off the main thread and posts progress.
/* eslint-env worker */

self.onmessage = function (e) {
  const limit = e.data.limit | 0;
  const sieve = new Uint8Array(limit + 1);
  let count = 0;
  let lastReport = 0;

  for (let i = 2; i <= limit; i++) {
    if (sieve[i]) continue;
    count++;
    for (let j = i * i; j <= limit; j += i) sieve[j] = 1;

    const pct = Math.floor((i / limit) * 100);
    if (pct >= lastReport + 5) {
      lastReport = pct;
      self.postMessage({ type: 'progress', pct });
    }
  }
  self.postMessage({ type: 'done', count });
};

// main thread:
//   const w = new Worker('primes.worker.js');
//   w.onmessage = ({ data }) => data.type === 'done' ? show(data.count) : bar.value = data.pct;
//   w.postMessage({ limit: 5e7 });
