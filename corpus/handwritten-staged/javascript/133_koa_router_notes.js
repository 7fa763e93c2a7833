const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { randomUUID } = require('node:crypto');

const app = new Koa();
const router = new Router({ prefix: '/notes' });
const notes = new Map();

app.use(async (ctx, next) => {
  const start = Date.now();
  ctx.state.requestId = ctx.get('x-request-id') || randomUUID();
  ctx.set('x-request-id', ctx.state.requestId);
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal error', requestId: ctx.state.requestId };
    ctx.app.emit('error', err, ctx);
  } finally {
    console.log(`${ctx.method} ${ctx.url} ${ctx.status} ${Date.now() - start}ms`);
  }
});

app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '100kb' }));

router
  .get('/', (ctx) => {
    const tag = ctx.query.tag;
    const all = [...notes.values()];
    ctx.body = tag ? all.filter((n) => n.tags.includes(tag)) : all;
  })
  .get('/:id', (ctx) => {
    const note = notes.get(ctx.params.id);
    ctx.assert(note, 404, 'note not found');
    ctx.body = note;
  })
  .post('/', (ctx) => {
    const { title, body = '', tags = [] } = ctx.request.body || {};
    ctx.assert(typeof title === 'string' && title.trim(), 400, 'title is required');
    const note = { id: randomUUID(), title: title.trim(), body, tags, createdAt: new Date() };
    notes.set(note.id, note);
    ctx.status = 201;
    ctx.body = note;
  })
  .put('/:id', (ctx) => {
    const note = notes.get(ctx.params.id);
    ctx.assert(note, 404, 'note not found');
    const { title, body, tags } = ctx.request.body || {};
    Object.assign(note, title !== undefined && { title }, body !== undefined && { body }, tags && { tags });
    note.updatedAt = new Date();
    ctx.body = note;
  })
  .del('/:id', (ctx) => {
    ctx.assert(notes.delete(ctx.params.id), 404, 'note not found');
    ctx.status = 204;
  });

app.use(router.routes()).use(router.allowedMethods());

app.on('error', (err, ctx) => {
  if (!err.expose) console.error(`[${ctx && ctx.state.requestId}]`, err);
});

if (require.main === module) {
  app.listen(process.env.PORT || 3000, () => console.log('notes api ready'));
}

module.exports = app;
