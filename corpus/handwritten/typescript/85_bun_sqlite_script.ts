#!/usr/bin/env bun
// Import a bank CSV export into SQLite and print monthly totals per category.
import { Database } from "bun:sqlite";

type Txn = { date: string; description: string; amount: number; category: string };

const CATEGORY_RULES: [RegExp, string][] = [
  [/tesco|aldi|lidl|sainsbury/i, "groceries"],
  [/shell|bp |esso/i, "fuel"],
  [/netflix|spotify|disney/i, "subscriptions"],
  [/rent|letting/i, "housing"],
  [/uber|trainline|tfl/i, "transport"],
];

const categorize = (desc: string) => CATEGORY_RULES.find(([re]) => re.test(desc))?.[1] ?? "other";

const file = Bun.argv[2];
if (!file) {
  console.error("usage: bun import.ts statement.csv");
  process.exit(1);
}

const db = new Database("money.db", { create: true });
db.run("PRAGMA journal_mode = WAL");
db.run(`CREATE TABLE IF NOT EXISTS txn (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  description TEXT NOT NULL,
  amount REAL NOT NULL,
  category TEXT NOT NULL,
  UNIQUE (date, description, amount)
)`);

const rows = (await Bun.file(file).text())
  .trim()
  .split("\n")
  .slice(1)
  .map((line): Txn => {
    const [date, description, amount] = line.split(",");
    const [d, m, y] = date.split("/");
    return { date: `${y}-${m}-${d}`, description, amount: Number(amount), category: categorize(description) };
  });

const insert = db.prepare(
  "INSERT OR IGNORE INTO txn (date, description, amount, category) VALUES ($date, $description, $amount, $category)",
);
const insertAll = db.transaction((txns: Txn[]) => {
  let n = 0;
  for (const t of txns) n += insert.run({ $date: t.date, $description: t.description, $amount: t.amount, $category: t.category }).changes;
  return n;
});
console.log(`imported ${insertAll(rows)} new of ${rows.length} rows`);

const summary = db
  .query<{ month: string; category: string; total: number }, []>(
    `SELECT substr(date, 1, 7) AS month, category, round(sum(amount), 2) AS total
     FROM txn WHERE amount < 0 GROUP BY month, category ORDER BY month DESC, total`,
  )
  .all();
console.table(summary.slice(0, 30));
