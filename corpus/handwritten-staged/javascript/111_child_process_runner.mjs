// Run shell commands in parallel with prefixed, colourised output
// (a tiny `concurrently`). Exit code is the first non-zero child code.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

const COLORS = [36, 33, 35, 32, 34, 31];

function run(name, command, color) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env: { ...process.env, FORCE_COLOR: '1' } });
    const prefix = `\x1b[${color}m[${name}]\x1b[0m `;

    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(prefix + line + '\n');
      });
    }

    child.on('exit', (code, signal) => {
      const status = signal ? `killed by ${signal}` : `exited with ${code}`;
      process.stdout.write(`${prefix}${status}\n`);
      resolve({ name, code: code ?? 1, child });
    });

    run.children.push(child);
  });
}
run.children = [];

const specs = process.argv.slice(2).map((arg, i) => {
  const eq = arg.indexOf('=');
  return eq > 0 ? { name: arg.slice(0, eq), cmd: arg.slice(eq + 1) } : { name: String(i), cmd: arg };
});

if (!specs.length) {
  console.error('usage: node runner.mjs "api=npm run api" "web=npm run dev" ...');
  process.exit(2);
}

process.on('SIGINT', () => {
  for (const c of run.children) c.kill('SIGTERM');
});

const results = await Promise.all(specs.map((s, i) => run(s.name, s.cmd, COLORS[i % COLORS.length])));
const failed = results.find((r) => r.code !== 0);
process.exitCode = failed ? failed.code : 0;
