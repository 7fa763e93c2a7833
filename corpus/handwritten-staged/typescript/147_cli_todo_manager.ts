#!/usr/bin/env node
// todo — a tiny file-backed task manager for the terminal.
//
//   todo add "write release notes" --due 2024-06-01 --tag docs
//   todo ls [--all] [--tag docs]
//   todo done 3
//   todo rm 3
//   todo stats

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { parseArgs } from 'node:util';

type Priority = 'low' | 'normal' | 'high';

interface Task {
  id: number;
  text: string;
  done: boolean;
  priority: Priority;
  tags: string[];
  due?: string;
  createdAt: string;
  completedAt?: string;
}

interface Store {
  version: 1;
  nextId: number;
  tasks: Task[];
}

type Command = 'add' | 'ls' | 'done' | 'rm' | 'stats' | 'help';

const STORE_PATH: string = process.env.TODO_FILE ?? join(homedir(), '.config', 'todo', 'tasks.json');

const color = {
  dim: (s: string) => `\x1b[2m${s}\x1b[0m`,
  red: (s: string) => `\x1b[31m${s}\x1b[0m`,
  green: (s: string) => `\x1b[32m${s}\x1b[0m`,
  yellow: (s: string) => `\x1b[33m${s}\x1b[0m`,
} as const;

async function load(): Promise<Store> {
  try {
    const data = JSON.parse(await readFile(STORE_PATH, 'utf8')) as Store;
    if (data.version !== 1) throw new Error(`unsupported store version ${String(data.version)}`);
    return data;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, nextId: 1, tasks: [] };
    throw err;
  }
}

async function save(store: Store): Promise<void> {
  await mkdir(dirname(STORE_PATH), { recursive: true });
  await writeFile(STORE_PATH, JSON.stringify(store, null, 2) + '\n');
}

function isOverdue(task: Task, today = new Date().toISOString().slice(0, 10)): boolean {
  return !task.done && task.due !== undefined && task.due < today;
}

function formatTask(t: Task): string {
  const box = t.done ? color.green('✔') : '☐';
  const prio = t.priority === 'high' ? color.red('!') : t.priority === 'low' ? color.dim('↓') : ' ';
  const due = t.due ? (isOverdue(t) ? color.red(` due ${t.due}`) : color.yellow(` due ${t.due}`)) : '';
  const tags = t.tags.length ? color.dim(' ' + t.tags.map((x) => `#${x}`).join(' ')) : '';
  const text = t.done ? color.dim(t.text) : t.text;
  return `${String(t.id).padStart(3)} ${box} ${prio} ${text}${due}${tags}`;
}

function requireId(arg: string | undefined, store: Store): Task {
  const id = Number(arg);
  const task = Number.isInteger(id) ? store.tasks.find((t) => t.id === id) : undefined;
  if (!task) {
    console.error(color.red(`no task with id ${arg ?? '(missing)'}`));
    process.exit(1);
  }
  return task;
}

const handlers: Record<Command, (args: string[], flags: Flags, store: Store) => boolean | Promise<boolean>> = {
  add(args, flags, store) {
    const text = args.join(' ').trim();
    if (!text) throw new Error('usage: todo add <text> [--due YYYY-MM-DD] [--tag t] [--priority high]');
    const task: Task = {
      id: store.nextId++,
      text,
      done: false,
      priority: flags.priority ?? 'normal',
      tags: flags.tag ?? [],
      due: flags.due,
      createdAt: new Date().toISOString(),
    };
    store.tasks.push(task);
    console.log(formatTask(task));
    return true;
  },

  ls(_args, flags, store) {
    const rank: Record<Priority, number> = { high: 0, normal: 1, low: 2 };
    const visible = store.tasks
      .filter((t) => flags.all || !t.done)
      .filter((t) => !flags.tag?.length || flags.tag.some((tag) => t.tags.includes(tag)))
      .sort((a, b) => Number(a.done) - Number(b.done) || rank[a.priority] - rank[b.priority] || a.id - b.id);
    if (visible.length === 0) console.log(color.dim('nothing to do 🎉'));
    visible.forEach((t) => console.log(formatTask(t)));
    return false;
  },

  done([id], _flags, store) {
    const task = requireId(id, store);
    task.done = true;
    task.completedAt = new Date().toISOString();
    console.log(formatTask(task));
    return true;
  },

  rm([id], _flags, store) {
    const task = requireId(id, store);
    store.tasks = store.tasks.filter((t) => t !== task);
    console.log(color.dim(`removed #${task.id}`));
    return true;
  },

  stats(_args, _flags, store) {
    const total = store.tasks.length;
    const done = store.tasks.filter((t) => t.done).length;
    const overdue = store.tasks.filter((t) => isOverdue(t)).length;
    const pct = total ? Math.round((done / total) * 100) : 0;
    console.log(`${done}/${total} done (${pct}%), ${overdue ? color.red(`${overdue} overdue`) : 'none overdue'}`);
    return false;
  },

  help() {
    console.log('commands: add, ls, done, rm, stats');
    return false;
  },
};

interface Flags {
  all?: boolean;
  tag?: string[];
  due?: string;
  priority?: Priority;
}

function isCommand(s: string | undefined): s is Command {
  return s !== undefined && Object.prototype.hasOwnProperty.call(handlers, s);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean', short: 'a' },
      tag: { type: 'string', short: 't', multiple: true },
      due: { type: 'string' },
      priority: { type: 'string', short: 'p' },
    },
  });

  const [cmd, ...rest] = positionals;
  const command: Command = isCommand(cmd) ? cmd : 'help';
  if (values.priority && !['low', 'normal', 'high'].includes(values.priority)) {
    throw new Error(`invalid priority "${values.priority}"`);
  }
  if (values.due && !/^\d{4}-\d{2}-\d{2}$/.test(values.due)) {
    throw new Error('--due must be YYYY-MM-DD');
  }

  const store = await load();
  const changed = await handlers[command](rest, values as Flags, store);
  if (changed) await save(store);
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(color.red(err.message));
  process.exitCode = 1;
});
