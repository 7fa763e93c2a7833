#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';

interface Commit {
  hash: string;
  subject: string;
  author: string;
}

type Kind = 'feat' | 'fix' | 'perf' | 'docs' | 'chore' | 'other';

const headings: Record<Kind, string> = {
  feat: 'Features',
  fix: 'Bug fixes',
  perf: 'Performance',
  docs: 'Documentation',
  chore: 'Maintenance',
  other: 'Other changes',
};

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function commitsBetween(from: string, to: string): Commit[] {
  const raw = git('log', `${from}..${to}`, '--no-merges', '--pretty=format:%h%x1f%s%x1f%an');
  if (!raw) return [];
  return raw.split('\n').map((line) => {
    const [hash, subject, author] = line.split('\x1f');
    return { hash, subject, author };
  });
}

function classify(subject: string): Kind {
  const m = /^(\w+)(\(.+?\))?!?:/.exec(subject);
  const k = m?.[1] as Kind | undefined;
  return k && k in headings ? k : 'other';
}

function render(version: string, commits: Commit[]): string {
  const groups = new Map<Kind, Commit[]>();
  for (const c of commits) {
    const k = classify(c.subject);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const out: string[] = [`## ${version}`, ''];
  for (const kind of Object.keys(headings) as Kind[]) {
    const list = groups.get(kind);
    if (!list?.length) continue;
    out.push(`### ${headings[kind]}`, '');
    for (const c of list) {
      const clean = c.subject.replace(/^\w+(\(.+?\))?!?:\s*/, '');
      out.push(`- ${clean} (${c.hash}, ${c.author})`);
    }
    out.push('');
  }
  const authors = new Set(commits.map((c) => c.author));
  out.push(`_${commits.length} commits by ${authors.size} contributors._`);
  return out.join('\n');
}

const program = new Command()
  .name('release-notes')
  .argument('<version>', 'version being released')
  .option('-f, --from <ref>', 'previous tag', () => git('describe', '--tags', '--abbrev=0'))
  .option('-t, --to <ref>', 'end ref', 'HEAD')
  .option('-o, --out <file>', 'write to file instead of stdout')
  .action((version: string, opts: { from: string; to: string; out?: string }) => {
    const from = opts.from ?? git('describe', '--tags', '--abbrev=0');
    const md = render(version, commitsBetween(from, opts.to));
    if (opts.out) writeFileSync(opts.out, md + '\n');
    else process.stdout.write(md + '\n');
  });

program.parse();
