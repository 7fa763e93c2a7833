import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} */`;
const external = Object.keys(pkg.peerDependencies || {});

export default [
  {
    input: 'src/index.js',
    external,
    output: [
      { file: pkg.module, format: 'es', banner, sourcemap: true },
      { file: pkg.main, format: 'cjs', banner, exports: 'named', sourcemap: true },
    ],
    plugins: [resolve(), commonjs()],
  },
  {
    input: 'src/index.js',
    output: { file: pkg.unpkg, format: 'umd', name: 'TinyTween', banner, plugins: [terser()] },
    plugins: [resolve(), commonjs()],
  },
];
