const tree = {
  name: 'src',
  children: [
    { name: 'index.js' },
    { name: 'lib', children: [{ name: 'parse.js' }, { name: 'emit.js' }] },
    { name: 'README.md' },
  ],
};

function* walk(node, depth = 0) {
  yield [node.name, depth];
  for (const child of node.children ?? []) yield* walk(child, depth + 1);
}

for (const [name, depth] of walk(tree)) console.log('  '.repeat(depth) + name);
