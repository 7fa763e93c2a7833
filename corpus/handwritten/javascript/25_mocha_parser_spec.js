'use strict';

const assert = require('assert');
const { parseDuration } = require('../lib/duration');

describe('parseDuration', function () {
  it('parses plain seconds', function () {
    assert.strictEqual(parseDuration('45s'), 45000);
  });

  it('parses combined units', function () {
    assert.strictEqual(parseDuration('1h30m'), 5400000);
    assert.strictEqual(parseDuration('2d 4h'), 187200000);
  });

  it('accepts fractional values', function () {
    assert.strictEqual(parseDuration('1.5m'), 90000);
  });

  it('throws on unknown units', function () {
    assert.throws(() => parseDuration('3 fortnights'), /unknown unit/);
  });

  it('returns 0 for empty input', function () {
    assert.strictEqual(parseDuration(''), 0);
  });
});
