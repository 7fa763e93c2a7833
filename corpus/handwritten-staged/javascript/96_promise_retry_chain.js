function delay(ms) {
  return new Promise(function (resolve) { setTimeout(resolve, ms); });
}

function retry(fn, attempts, baseMs) {
  return fn().catch(function (err) {
    if (attempts <= 1) throw err;
    var wait = baseMs * (1 + Math.random());
    console.warn('retrying in ' + Math.round(wait) + 'ms: ' + err.message);
    return delay(wait).then(function () { return retry(fn, attempts - 1, baseMs * 2); });
  });
}

retry(function () { return fetch('/api/status').then(function (r) {
  if (!r.ok) throw new Error('HTTP ' + r.status);
  return r.json();
}); }, 4, 250)
  .then(function (status) { console.log('status', status); })
  .catch(function (err) { console.error('gave up:', err); });
