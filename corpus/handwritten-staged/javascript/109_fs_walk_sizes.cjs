// Print the N largest files under a directory, skipping node_modules and .git.
const fs = require('node:fs/promises');
const path = require('node:path');

const IGNORE = new Set(['node_modules', '.git', '.cache']);

async function* walk(dir) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err.code === 'EACCES' || err.code === 'EPERM') return;
    throw err;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORE.has(entry.name)) yield* walk(full);
    } else if (entry.isFile()) {
      const { size } = await fs.stat(full);
      yield { file: full, size };
    }
  }
}

function human(n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

async function main() {
  const root = process.argv[2] || '.';
  const limit = Number(process.argv[3]) || 15;
  const top = [];
  let total = 0;
  let count = 0;

  for await (const item of walk(root)) {
    total += item.size;
    count++;
    top.push(item);
    if (top.length > limit * 4) {
      top.sort((a, b) => b.size - a.size).length = limit;
    }
  }
  top.sort((a, b) => b.size - a.size).splice(limit);

  for (const { file, size } of top) {
    console.log(human(size).padStart(10), path.relative(root, file));
  }
  console.log(`\n${count} files, ${human(total)} total`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
