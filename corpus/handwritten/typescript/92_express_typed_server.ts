import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';

interface Reminder {
  id: string;
  text: string;
  dueAt: string;
  done: boolean;
}

type CreateReminderBody = Pick<Reminder, 'text' | 'dueAt'>;
type ReminderParams = { id: string };

class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

const reminders = new Map<string, Reminder>();
const app = express();
app.use(express.json({ limit: '32kb' }));

app.use((req: Request, _res: Response, next: NextFunction) => {
  const started = performance.now();
  _res.on('finish', () => {
    console.log(`${req.method} ${req.originalUrl} ${_res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
  });
  next();
});

function parseCreate(body: unknown): CreateReminderBody {
  if (typeof body !== 'object' || body === null) throw new HttpError(400, 'body must be an object');
  const { text, dueAt } = body as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '') throw new HttpError(400, 'text is required');
  if (typeof dueAt !== 'string' || Number.isNaN(Date.parse(dueAt))) throw new HttpError(400, 'dueAt must be ISO date');
  return { text: text.trim(), dueAt: new Date(dueAt).toISOString() };
}

app.get('/reminders', (req: Request<{}, Reminder[], unknown, { pending?: string }>, res) => {
  let list = [...reminders.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  if (req.query.pending === 'true') list = list.filter((r) => !r.done);
  res.json(list);
});

app.post('/reminders', (req: Request<{}, Reminder, unknown>, res: Response<Reminder>) => {
  const input = parseCreate(req.body);
  const reminder: Reminder = { id: randomUUID(), done: false, ...input };
  reminders.set(reminder.id, reminder);
  res.status(201).json(reminder);
});

app.patch('/reminders/:id/done', (req: Request<ReminderParams>, res: Response<Reminder>) => {
  const r = reminders.get(req.params.id);
  if (!r) throw new HttpError(404, 'not found');
  r.done = true;
  res.json(r);
});

app.delete('/reminders/:id', (req: Request<ReminderParams>, res) => {
  if (!reminders.delete(req.params.id)) throw new HttpError(404, 'not found');
  res.sendStatus(204);
});

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  const status = err instanceof HttpError ? err.status : 500;
  const message = err instanceof Error ? err.message : 'internal error';
  res.status(status).json({ error: message });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`listening on :${port}`));
