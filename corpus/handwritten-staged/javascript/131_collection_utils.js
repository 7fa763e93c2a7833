/**
 * Collection helpers in the spirit of lodash, written for a codebase that
 * wanted a handful of functions without the whole dependency.
 */
(function (root, factory) {
  if (typeof define === 'function' && define.amd) define([], factory);
  else if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.u = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;

  function iteratee(fn) {
    if (typeof fn === 'function') return fn;
    if (typeof fn === 'string') return function (o) { return get(o, fn); };
    if (fn && typeof fn === 'object') return function (o) { return isMatch(o, fn); };
    return function (x) { return x; };
  }

  /** get({a: {b: [1, 2]}}, 'a.b[1]') -> 2 */
  function get(obj, path, fallback) {
    var parts = Array.isArray(path) ? path : String(path).replace(/\[(\w+)\]/g, '.$1').split('.').filter(Boolean);
    var cur = obj;
    for (var i = 0; i < parts.length; i++) {
      if (cur == null) return fallback;
      cur = cur[parts[i]];
    }
    return cur === undefined ? fallback : cur;
  }

  function set(obj, path, value) {
    var parts = String(path).replace(/\[(\w+)\]/g, '.$1').split('.');
    var cur = obj;
    for (var i = 0; i < parts.length - 1; i++) {
      var key = parts[i];
      if (cur[key] == null || typeof cur[key] !== 'object') cur[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
      cur = cur[key];
    }
    cur[parts[parts.length - 1]] = value;
    return obj;
  }

  function isMatch(obj, source) {
    for (var k in source) {
      if (hasOwn.call(source, k) && !isEqual(obj && obj[k], source[k])) return false;
    }
    return true;
  }

  function isEqual(a, b) {
    if (a === b) return true;
    if (a !== a && b !== b) return true; // NaN
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
    var ka = Object.keys(a);
    var kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (var i = 0; i < ka.length; i++) {
      if (!hasOwn.call(b, ka[i]) || !isEqual(a[ka[i]], b[ka[i]])) return false;
    }
    return true;
  }

  function groupBy(list, fn) {
    var f = iteratee(fn);
    return list.reduce(function (acc, item) {
      var key = f(item);
      (acc[key] || (acc[key] = [])).push(item);
      return acc;
    }, {});
  }

  function keyBy(list, fn) {
    var f = iteratee(fn);
    var out = {};
    list.forEach(function (item) { out[f(item)] = item; });
    return out;
  }

  function countBy(list, fn) {
    var f = iteratee(fn);
    var out = {};
    list.forEach(function (item) {
      var k = f(item);
      out[k] = (out[k] || 0) + 1;
    });
    return out;
  }

  function sortBy(list) {
    var fns = Array.prototype.slice.call(arguments, 1).map(iteratee);
    return list
      .map(function (value, index) { return { value: value, index: index, keys: fns.map(function (f) { return f(value); }) }; })
      .sort(function (a, b) {
        for (var i = 0; i < a.keys.length; i++) {
          if (a.keys[i] < b.keys[i]) return -1;
          if (a.keys[i] > b.keys[i]) return 1;
        }
        return a.index - b.index; // stable
      })
      .map(function (w) { return w.value; });
  }

  function uniqBy(list, fn) {
    var f = iteratee(fn);
    var seen = new Set();
    return list.filter(function (item) {
      var k = f(item);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  function partition(list, fn) {
    var f = iteratee(fn);
    var yes = [];
    var no = [];
    list.forEach(function (item) { (f(item) ? yes : no).push(item); });
    return [yes, no];
  }

  function pick(obj, keys) {
    var out = {};
    keys.forEach(function (k) { if (k in obj) out[k] = obj[k]; });
    return out;
  }

  function omit(obj, keys) {
    var out = {};
    Object.keys(obj).forEach(function (k) { if (keys.indexOf(k) === -1) out[k] = obj[k]; });
    return out;
  }

  function range(start, end, step) {
    if (end === undefined) { end = start; start = 0; }
    step = step || (start < end ? 1 : -1);
    var out = [];
    for (var i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return out;
  }

  function memoize(fn, resolver) {
    var cache = new Map();
    function memoized() {
      var key = resolver ? resolver.apply(this, arguments) : arguments[0];
      if (cache.has(key)) return cache.get(key);
      var result = fn.apply(this, arguments);
      cache.set(key, result);
      return result;
    }
    memoized.cache = cache;
    return memoized;
  }

  function once(fn) {
    var called = false;
    var result;
    return function () {
      if (!called) {
        called = true;
        result = fn.apply(this, arguments);
      }
      return result;
    };
  }

  return {
    get: get, set: set, isMatch: isMatch, isEqual: isEqual,
    groupBy: groupBy, keyBy: keyBy, countBy: countBy, sortBy: sortBy, uniqBy: uniqBy, partition: partition,
    pick: pick, omit: omit, range: range, memoize: memoize, once: once
  };
});
