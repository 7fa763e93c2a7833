/* eslint-env mocha */
'use strict';

const { expect } = require('chai');
const sinon = require('sinon');
const LRU = require('../lib/lru');

describe('LRU cache', function () {
  let cache;

  beforeEach(function () {
    cache = new LRU({ max: 3 });
  });

  describe('#get / #set', function () {
    it('returns undefined for missing keys', function () {
      expect(cache.get('nope')).to.be.undefined;
    });

    it('stores and returns values', function () {
      cache.set('a', 1);
      expect(cache.get('a')).to.equal(1);
      expect(cache.size).to.equal(1);
    });

    it('evicts the least recently used entry', function () {
      cache.set('a', 1).set('b', 2).set('c', 3);
      cache.get('a');
      cache.set('d', 4);
      expect(cache.has('b')).to.be.false;
      expect([...cache.keys()]).to.deep.equal(['c', 'a', 'd']);
    });
  });

  describe('ttl', function () {
    let clock;

    beforeEach(function () {
      clock = sinon.useFakeTimers();
      cache = new LRU({ max: 10, ttl: 1000 });
    });

    afterEach(function () {
      clock.restore();
    });

    it('expires entries after ttl ms', function () {
      cache.set('k', 'v');
      clock.tick(999);
      expect(cache.get('k')).to.equal('v');
      clock.tick(2);
      expect(cache.get('k')).to.be.undefined;
    });

    it('calls onEvict with the reason', function () {
      const onEvict = sinon.spy();
      cache = new LRU({ max: 1, ttl: 50, onEvict });
      cache.set('x', 1);
      cache.set('y', 2);
      clock.tick(60);
      cache.get('y');
      expect(onEvict.firstCall.args).to.deep.equal(['x', 1, 'capacity']);
      expect(onEvict.secondCall.args).to.deep.equal(['y', 2, 'expired']);
    });
  });

  it('rejects a non-positive max', function () {
    expect(() => new LRU({ max: 0 })).to.throw(RangeError, /max/);
  });
});
