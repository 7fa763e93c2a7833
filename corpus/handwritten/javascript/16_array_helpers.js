const groupBy = (xs, key) =>
  xs.reduce((acc, x) => {
    const k = typeof key === 'function' ? key(x) : x[key];
    (acc[k] ||= []).push(x);
    return acc;
  }, {});

const chunk = (xs, n) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

const uniqBy = (xs, fn) => [...new Map(xs.map((x) => [fn(x), x])).values()];

module.exports = { groupBy, chunk, uniqBy };
