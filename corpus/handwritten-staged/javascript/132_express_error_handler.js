// Last middleware in the chain: turns thrown errors into JSON responses.
module.exports = function errorHandler(err, req, res, next) {
  if (res.headersSent) return next(err);

  const status = err.status || err.statusCode || 500;
  const body = { error: status >= 500 ? 'Internal Server Error' : err.message };
  if (err.details) body.details = err.details;
  if (process.env.NODE_ENV !== 'production') body.stack = err.stack;

  if (status >= 500) req.log?.error({ err, url: req.originalUrl }, 'request failed');
  res.status(status).json(body);
};
