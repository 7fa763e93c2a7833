const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const { Pool } = require('pg');

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const PORT = process.env.PORT || 3000;

app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));

app.get('/health', async (req, res) => {
  try {
    await pool.query('SELECT 1');
    res.json({ status: 'ok' });
  } catch (err) {
    res.status(503).json({ status: 'db-down' });
  }
});

app.get('/api/books', async (req, res, next) => {
  const { q = '', limit = 20, offset = 0 } = req.query;
  try {
    const { rows } = await pool.query(
      `SELECT id, title, author, published_year
         FROM books
        WHERE title ILIKE $1 OR author ILIKE $1
        ORDER BY title
        LIMIT $2 OFFSET $3`,
      [`%${q}%`, Math.min(Number(limit), 100), Number(offset)]
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

app.post('/api/books', async (req, res, next) => {
  const { title, author, published_year: year } = req.body;
  if (!title || !author) {
    return res.status(400).json({ error: 'title and author are required' });
  }
  try {
    const { rows } = await pool.query(
      'INSERT INTO books (title, author, published_year) VALUES ($1, $2, $3) RETURNING *',
      [title, author, year ?? null]
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

app.get('/api/books/:id', async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      `SELECT b.*, coalesce(avg(r.stars), 0)::float AS rating, count(r.id)::int AS reviews
         FROM books b
         LEFT JOIN reviews r ON r.book_id = b.id
        WHERE b.id = $1
        GROUP BY b.id`,
      [req.params.id]
    );
    if (!rows.length) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

app.post('/api/books/:id/reviews', async (req, res, next) => {
  const stars = Number(req.body.stars);
  const text = String(req.body.text || '').trim();
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    return res.status(400).json({ error: 'stars must be an integer from 1 to 5' });
  }
  if (text.length > 2000) {
    return res.status(400).json({ error: 'review text too long' });
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const exists = await client.query('SELECT 1 FROM books WHERE id = $1 FOR SHARE', [req.params.id]);
    if (!exists.rowCount) {
      await client.query('ROLLBACK');
      return res.status(404).json({ error: 'book not found' });
    }
    const { rows } = await client.query(
      'INSERT INTO reviews (book_id, stars, body) VALUES ($1, $2, $3) RETURNING id, stars, body, created_at',
      [req.params.id, stars, text || null]
    );
    await client.query('COMMIT');
    res.status(201).json(rows[0]);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    next(err);
  } finally {
    client.release();
  }
});

app.delete('/api/books/:id', async (req, res, next) => {
  if (req.get('X-Admin-Token') !== process.env.ADMIN_TOKEN) {
    return res.status(403).json({ error: 'forbidden' });
  }
  try {
    const { rowCount } = await pool.query('DELETE FROM books WHERE id = $1', [req.params.id]);
    res.status(rowCount ? 204 : 404).end();
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

const server = app.listen(PORT, () => console.log(`listening on ${PORT}`));

process.on('SIGTERM', () => {
  server.close(() => pool.end().then(() => process.exit(0)));
});
