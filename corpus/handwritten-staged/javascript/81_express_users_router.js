'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

// In-memory store; swap for a repository object in production.
const users = new Map();

function publicView(user) {
  const { passwordHash, salt, ...rest } = user;
  return rest;
}

function hashPassword(password, salt = crypto.randomBytes(16).toString('hex')) {
  const hash = crypto.scryptSync(password, salt, 64).toString('hex');
  return { hash, salt };
}

function validate(body, { partial = false } = {}) {
  const errors = {};
  if (!partial || body.email !== undefined) {
    if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) {
      errors.email = 'must be a valid email address';
    }
  }
  if (!partial || body.name !== undefined) {
    if (typeof body.name !== 'string' || body.name.trim().length < 2) {
      errors.name = 'must be at least 2 characters';
    }
  }
  if (!partial && (typeof body.password !== 'string' || body.password.length < 8)) {
    errors.password = 'must be at least 8 characters';
  }
  return Object.keys(errors).length ? errors : null;
}

router.param('id', (req, res, next, id) => {
  const user = users.get(id);
  if (!user) return res.status(404).json({ error: `user ${id} not found` });
  req.user = user;
  next();
});

router.get('/', (req, res) => {
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);
  const offset = parseInt(req.query.offset, 10) || 0;
  const q = (req.query.q || '').toLowerCase();

  let list = [...users.values()];
  if (q) list = list.filter((u) => u.name.toLowerCase().includes(q) || u.email.includes(q));
  res.set('X-Total-Count', String(list.length));
  res.json(list.slice(offset, offset + limit).map(publicView));
});

router.get('/:id', (req, res) => res.json(publicView(req.user)));

router.post('/', express.json(), (req, res) => {
  const errors = validate(req.body);
  if (errors) return res.status(422).json({ errors });

  const email = req.body.email.toLowerCase();
  for (const u of users.values()) {
    if (u.email === email) return res.status(409).json({ error: 'email already registered' });
  }

  const { hash, salt } = hashPassword(req.body.password);
  const user = {
    id: crypto.randomUUID(),
    name: req.body.name.trim(),
    email,
    passwordHash: hash,
    salt,
    createdAt: new Date().toISOString(),
  };
  users.set(user.id, user);
  res.status(201).location(`${req.baseUrl}/${user.id}`).json(publicView(user));
});

router.patch('/:id', express.json(), (req, res) => {
  const errors = validate(req.body, { partial: true });
  if (errors) return res.status(422).json({ errors });

  const patch = {};
  if (req.body.name !== undefined) patch.name = req.body.name.trim();
  if (req.body.email !== undefined) patch.email = req.body.email.toLowerCase();
  Object.assign(req.user, patch, { updatedAt: new Date().toISOString() });
  res.json(publicView(req.user));
});

router.put('/:id/password', express.json(), (req, res) => {
  const { current, next } = req.body || {};
  if (typeof next !== 'string' || next.length < 8) {
    return res.status(422).json({ errors: { next: 'must be at least 8 characters' } });
  }
  const { hash } = hashPassword(String(current || ''), req.user.salt);
  const given = Buffer.from(hash, 'hex');
  const stored = Buffer.from(req.user.passwordHash, 'hex');
  if (given.length !== stored.length || !crypto.timingSafeEqual(given, stored)) {
    return res.status(403).json({ error: 'current password is wrong' });
  }
  const fresh = hashPassword(next);
  req.user.passwordHash = fresh.hash;
  req.user.salt = fresh.salt;
  req.user.updatedAt = new Date().toISOString();
  res.status(204).end();
});

router.delete('/:id', (req, res) => {
  users.delete(req.user.id);
  res.status(204).end();
});

module.exports = router;
