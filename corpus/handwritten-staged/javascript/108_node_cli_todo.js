#!/usr/bin/env node
'use strict';

/*
 * todo - a tiny file-backed task list
 *
 *   todo add "buy milk" --due 2024-06-01 --tag home
 *   todo ls [--all] [--tag home]
 *   todo done 3
 *   todo rm 3
 *   todo edit 3 "buy oat milk"
 */

const fs = require('fs');
const os = require('os');
const path = require('path');

const DB = process.env.TODO_FILE || path.join(os.homedir(), '.todo.json');
const color = process.stdout.isTTY
  ? { dim: (s) => `\x1b[2m${s}\x1b[0m`, red: (s) => `\x1b[31m${s}\x1b[0m`, green: (s) => `\x1b[32m${s}\x1b[0m` }
  : { dim: String, red: String, green: String };

function load() {
  try {
    return JSON.parse(fs.readFileSync(DB, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return { nextId: 1, tasks: [] };
    throw err;
  }
}

function save(db) {
  const tmp = DB + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(db, null, 2));
  fs.renameSync(tmp, DB); // atomic on the same filesystem
}

function parseArgs(argv) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const key = arg.slice(2);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        flags[key] = true;
      } else {
        flags[key] = next;
        i++;
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

function findTask(db, idArg) {
  const id = Number(idArg);
  const task = db.tasks.find((t) => t.id === id);
  if (!task) {
    console.error(color.red(`no task with id ${idArg}`));
    process.exit(1);
  }
  return task;
}

function formatDue(due) {
  if (!due) return '';
  const days = Math.round((new Date(due) - new Date(new Date().toDateString())) / 86400000);
  if (days < 0) return color.red(` (overdue ${-days}d)`);
  if (days === 0) return color.red(' (today)');
  return color.dim(` (in ${days}d)`);
}

const commands = {
  add(db, [text], flags) {
    if (!text) throw new Error('add needs a description');
    const task = {
      id: db.nextId++,
      text,
      done: false,
      tags: flags.tag ? String(flags.tag).split(',') : [],
      due: flags.due || null,
      created: new Date().toISOString(),
    };
    db.tasks.push(task);
    console.log(`added #${task.id}`);
    return true;
  },

  ls(db, _args, flags) {
    let tasks = db.tasks;
    if (!flags.all) tasks = tasks.filter((t) => !t.done);
    if (flags.tag) tasks = tasks.filter((t) => t.tags.includes(flags.tag));
    tasks = [...tasks].sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999') || a.id - b.id);
    if (!tasks.length) {
      console.log(color.dim('nothing to do'));
      return false;
    }
    for (const t of tasks) {
      const box = t.done ? color.green('[x]') : '[ ]';
      const tags = t.tags.length ? color.dim(' ' + t.tags.map((x) => '#' + x).join(' ')) : '';
      console.log(`${String(t.id).padStart(3)} ${box} ${t.text}${tags}${t.done ? '' : formatDue(t.due)}`);
    }
    return false;
  },

  done(db, [id]) {
    findTask(db, id).done = true;
    return true;
  },

  rm(db, [id]) {
    const task = findTask(db, id);
    db.tasks = db.tasks.filter((t) => t !== task);
    return true;
  },

  edit(db, [id, text]) {
    if (!text) throw new Error('edit needs new text');
    findTask(db, id).text = text;
    return true;
  },

  help() {
    console.log('usage: todo <add|ls|done|rm|edit> [args] [--tag t] [--due YYYY-MM-DD] [--all]');
    return false;
  },
};

function main() {
  const [cmd = 'ls', ...rest] = process.argv.slice(2);
  const handler = commands[cmd];
  if (!handler) {
    console.error(color.red(`unknown command: ${cmd}`));
    commands.help();
    process.exitCode = 2;
    return;
  }
  const { positional, flags } = parseArgs(rest);
  const db = load();
  try {
    if (handler(db, positional, flags)) save(db);
  } catch (err) {
    console.error(color.red(err.message));
    process.exitCode = 1;
  }
}

main();
