#!/usr/bin/env node
// Generates a CHANGELOG section from conventional commits since the last tag.
//
//   node scripts/changelog.mjs            -> prints to stdout
//   node scripts/changelog.mjs --write    -> prepends to CHANGELOG.md
//   node scripts/changelog.mjs --from v2.3.0 --to HEAD

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';

const run = promisify(execFile);

const { values: opts } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string', default: 'HEAD' },
    write: { type: 'boolean', default: false },
    version: { type: 'string' },
    repo: { type: 'string', default: 'https://github.com/acme/widgets' },
  },
});

const SECTIONS = {
  feat: '✨ Features',
  fix: '🐛 Bug Fixes',
  perf: '⚡ Performance',
  refactor: '♻️ Refactoring',
  docs: '📝 Documentation',
  deps: '📦 Dependencies',
};

async function git(...args) {
  const { stdout } = await run('git', args, { maxBuffer: 10 * 1024 * 1024 });
  return stdout.trim();
}

async function lastTag() {
  try {
    return await git('describe', '--tags', '--abbrev=0');
  } catch {
    return null; // no tags yet
  }
}

function parseCommit(raw) {
  const [hash, author, subject, ...bodyLines] = raw.split('\n');
  const m = /^(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?: (?<desc>.+)$/.exec(subject);
  if (!m) return null;
  const body = bodyLines.join('\n');
  return {
    hash,
    short: hash.slice(0, 7),
    author,
    type: m.groups.type,
    scope: m.groups.scope ?? null,
    breaking: Boolean(m.groups.bang) || /^BREAKING CHANGE:/m.test(body),
    description: m.groups.desc,
    issues: [...body.matchAll(/(?:closes|fixes)\s+#(\d+)/gi)].map((x) => x[1]),
  };
}

function formatLine(c) {
  const scope = c.scope ? `**${c.scope}:** ` : '';
  const link = `([${c.short}](${opts.repo}/commit/${c.hash}))`;
  const refs = c.issues.map((n) => `[#${n}](${opts.repo}/issues/${n})`).join(', ');
  return `- ${scope}${c.description} ${link}${refs ? ', closes ' + refs : ''}`;
}

const from = opts.from ?? (await lastTag());
const range = from ? `${from}..${opts.to}` : opts.to;
const SEP = '\u001e';

const log = await git('log', range, '--no-merges', `--format=%H%n%an%n%s%n%b${SEP}`);
const commits = log
  .split(SEP)
  .map((s) => s.trim())
  .filter(Boolean)
  .map(parseCommit)
  .filter(Boolean);

if (commits.length === 0) {
  console.error(`No conventional commits in ${range}`);
  process.exit(1);
}

const version = opts.version ?? (await nextVersion(from, commits));
const date = new Date().toISOString().slice(0, 10);
const out = [`## [${version}](${opts.repo}/compare/${from ?? 'root'}...v${version}) (${date})`, ''];

const breaking = commits.filter((c) => c.breaking);
if (breaking.length) {
  out.push('### ⚠ BREAKING CHANGES', '', ...breaking.map(formatLine), '');
}

for (const [type, title] of Object.entries(SECTIONS)) {
  const items = commits.filter((c) => c.type === type && !c.breaking);
  if (!items.length) continue;
  items.sort((a, b) => (a.scope ?? '').localeCompare(b.scope ?? ''));
  out.push(`### ${title}`, '', ...items.map(formatLine), '');
}

const contributors = [...new Set(commits.map((c) => c.author))].sort();
out.push(`Thanks to ${contributors.join(', ')} for contributing to this release.`, '');

const section = out.join('\n');

if (opts.write) {
  const file = new URL('../CHANGELOG.md', import.meta.url);
  let existing = '';
  try {
    existing = await readFile(file, 'utf8');
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  const header = '# Changelog\n\n';
  const rest = existing.startsWith(header) ? existing.slice(header.length) : existing;
  await writeFile(file, header + section + '\n' + rest);
  console.log(`Wrote ${commits.length} commits to CHANGELOG.md as ${version}`);
} else {
  process.stdout.write(section);
}

async function nextVersion(tag, list) {
  const current = (tag ?? 'v0.0.0').replace(/^v/, '').split('.').map(Number);
  let [major, minor, patch] = current;
  if (list.some((c) => c.breaking)) {
    if (major === 0) minor++, (patch = 0);
    else major++, (minor = 0), (patch = 0);
  } else if (list.some((c) => c.type === 'feat')) {
    minor++;
    patch = 0;
  } else {
    patch++;
  }
  return `${major}.${minor}.${patch}`;
}
