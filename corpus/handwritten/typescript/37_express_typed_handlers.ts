import express, { type Request, type Response, type NextFunction, type RequestHandler } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "100kb" }));

interface Note {
  id: number;
  title: string;
  body: string;
  pinned: boolean;
  updated_at: Date;
}

type Params = { id: string };
type ListQuery = { q?: string; pinned?: "true" | "false"; limit?: string };
type CreateBody = Pick<Note, "title" | "body"> & Partial<Pick<Note, "pinned">>;
type ApiError = { error: string; details?: unknown };

class HttpError extends Error {
  constructor(public status: number, message: string, public details?: unknown) {
    super(message);
  }
}

const wrap =
  <P, ResB, ReqB, Q>(fn: (req: Request<P, ResB, ReqB, Q>, res: Response<ResB>) => Promise<void>): RequestHandler<P, ResB, ReqB, Q> =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

app.get(
  "/notes",
  wrap<{}, Note[], unknown, ListQuery>(async (req, res) => {
    const limit = Math.min(Number(req.query.limit ?? 50), 200);
    const where: string[] = [];
    const args: unknown[] = [];
    if (req.query.q) {
      args.push(`%${req.query.q}%`);
      where.push(`(title ILIKE $${args.length} OR body ILIKE $${args.length})`);
    }
    if (req.query.pinned) {
      args.push(req.query.pinned === "true");
      where.push(`pinned = $${args.length}`);
    }
    args.push(limit);
    const sql = `SELECT * FROM notes ${where.length ? "WHERE " + where.join(" AND ") : ""}
                 ORDER BY pinned DESC, updated_at DESC LIMIT $${args.length}`;
    const { rows } = await pool.query<Note>(sql, args);
    res.json(rows);
  }),
);

app.get(
  "/notes/:id",
  wrap<Params, Note, unknown, unknown>(async (req, res) => {
    const { rows } = await pool.query<Note>("SELECT * FROM notes WHERE id = $1", [Number(req.params.id)]);
    if (!rows[0]) throw new HttpError(404, "note not found");
    res.json(rows[0]);
  }),
);

app.post(
  "/notes",
  wrap<{}, Note, CreateBody, unknown>(async (req, res) => {
    const { title, body, pinned = false } = req.body;
    if (!title?.trim()) throw new HttpError(422, "title is required");
    const { rows } = await pool.query<Note>(
      "INSERT INTO notes (title, body, pinned) VALUES ($1, $2, $3) RETURNING *",
      [title.trim(), body ?? "", pinned],
    );
    res.status(201).location(`/notes/${rows[0].id}`).json(rows[0]);
  }),
);

app.use((err: unknown, _req: Request, res: Response<ApiError>, _next: NextFunction) => {
  if (err instanceof HttpError) {
    res.status(err.status).json({ error: err.message, details: err.details });
    return;
  }
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`notes api on :${port}`));
