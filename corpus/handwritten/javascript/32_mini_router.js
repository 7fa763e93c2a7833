// A very small path router for node's http module.
// Supports :params, a trailing * wildcard, and per-route middleware.

function compile(pattern) {
  const keys = []
  const source = pattern
    .replace(/\/\*$/, '(?:/(?<wild>.*))?')
    .replace(/:(\w+)/g, (_, key) => {
      keys.push(key)
      return `(?<${key}>[^/]+)`
    })
  return { regex: new RegExp(`^${source}/?$`), keys }
}

class Router {
  constructor() {
    this.routes = []
    this.before = []
  }

  use(fn) {
    this.before.push(fn)
    return this
  }

  add(method, pattern, ...handlers) {
    this.routes.push({ method, ...compile(pattern), handlers })
    return this
  }

  get(p, ...h) { return this.add('GET', p, ...h) }
  post(p, ...h) { return this.add('POST', p, ...h) }
  put(p, ...h) { return this.add('PUT', p, ...h) }
  delete(p, ...h) { return this.add('DELETE', p, ...h) }

  match(method, pathname) {
    for (const route of this.routes) {
      if (route.method !== method && route.method !== 'ALL') continue
      const m = route.regex.exec(pathname)
      if (m) return { route, params: { ...m.groups } }
    }
    return null
  }

  handler() {
    return async (req, res) => {
      const { pathname, searchParams } = new URL(req.url, 'http://localhost')
      req.query = Object.fromEntries(searchParams)
      const found = this.match(req.method, pathname)
      if (!found) {
        res.statusCode = 404
        return res.end(JSON.stringify({ error: 'not found' }))
      }
      req.params = found.params
      const chain = [...this.before, ...found.route.handlers]
      let i = 0
      const next = async (err) => {
        if (err) {
          res.statusCode = err.status || 500
          return res.end(JSON.stringify({ error: err.message }))
        }
        const fn = chain[i++]
        if (!fn) return
        try {
          await fn(req, res, next)
        } catch (e) {
          await next(e)
        }
      }
      await next()
    }
  }
}

// helpers shared by handlers

function readJson(req, limit = 1e6) {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks = []
    req.on('data', chunk => {
      size += chunk.length
      if (size > limit) {
        reject(Object.assign(new Error('payload too large'), { status: 413 }))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!chunks.length) return resolve(undefined)
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        reject(Object.assign(new Error('invalid JSON'), { status: 400 }))
      }
    })
    req.on('error', reject)
  })
}

function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

// example:
//
//   const http = require('http')
//   const { Router, readJson, json } = require('./router')
//   const r = new Router()
//   r.use((req, res, next) => { console.log(req.method, req.url); next() })
//   r.get('/users/:id', (req, res) => json(res, 200, { id: req.params.id }))
//   r.post('/users', async (req, res) => json(res, 201, await readJson(req)))
//   r.get('/static/*', (req, res) => json(res, 200, { file: req.params.wild }))
//   http.createServer(r.handler()).listen(3000)

module.exports = { Router, compile, readJson, json }
