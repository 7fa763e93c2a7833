'use strict';

// Custom functions referenced from artillery.yml via `processor: ./93_artillery_processor.js`.
const { faker } = require('@faker-js/faker');

function makeSignup(context, events, done) {
  context.vars.email = faker.internet.email().toLowerCase();
  context.vars.password = faker.internet.password({ length: 14 });
  context.vars.displayName = faker.person.firstName();
  return done();
}

function captureOrderTiming(req, res, context, events, next) {
  const ms = Number(res.headers['x-processing-ms'] || 0);
  if (ms) events.emit('histogram', 'order.server_ms', ms);
  if (res.statusCode >= 500) events.emit('counter', 'order.server_errors', 1);
  return next();
}

module.exports = { makeSignup, captureOrderTiming };
