import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';

const app = new Koa();
const router = new Router({ prefix: '/api' });

// response time + request id
app.use(async (ctx, next) => {
  const start = performance.now();
  ctx.state.requestId = ctx.get('x-request-id') || crypto.randomUUID();
  await next();
  const ms = (performance.now() - start).toFixed(1);
  ctx.set('X-Response-Time', `${ms}ms`);
  ctx.set('X-Request-Id', ctx.state.requestId);
});

// error handler
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status ?? 500;
    ctx.body = { error: err.expose ? err.message : 'Internal Server Error', requestId: ctx.state.requestId };
    ctx.app.emit('error', err, ctx);
  }
});

const bookmarks = new Map();

router
  .get('/bookmarks', (ctx) => {
    const tag = ctx.query.tag;
    ctx.body = [...bookmarks.values()].filter((b) => !tag || b.tags.includes(tag));
  })
  .post('/bookmarks', (ctx) => {
    const { url, title, tags = [] } = ctx.request.body ?? {};
    ctx.assert(url && URL.canParse(url), 422, 'url must be a valid URL');
    const id = bookmarks.size + 1;
    const bookmark = { id, url, title: title ?? url, tags, createdAt: new Date().toISOString() };
    bookmarks.set(id, bookmark);
    ctx.status = 201;
    ctx.body = bookmark;
  })
  .delete('/bookmarks/:id', (ctx) => {
    const id = Number(ctx.params.id);
    ctx.assert(bookmarks.has(id), 404, 'no such bookmark');
    bookmarks.delete(id);
    ctx.status = 204;
  });

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.on('error', (err, ctx) => {
  if ((err.status ?? 500) >= 500) console.error(ctx?.state.requestId, err);
});

app.listen(process.env.PORT ?? 4000);
