import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.env.BUILD === 'production';

const banner = `/*!
 * ${pkg.name} v${pkg.version}
 * (c) ${new Date().getFullYear()} ${pkg.author}
 * Released under the ${pkg.license} License.
 */`;

const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];

export default [
  {
    input: 'src/index.js',
    external,
    output: [
      { file: pkg.module, format: 'es', banner, sourcemap: true },
      { file: pkg.main, format: 'cjs', banner, sourcemap: true, exports: 'named' },
    ],
    plugins: [resolve(), commonjs()],
  },
  {
    input: 'src/browser.js',
    output: {
      file: 'dist/tinychart.umd.js',
      format: 'umd',
      name: 'TinyChart',
      banner,
      globals: { d3: 'd3' },
    },
    external: ['d3'],
    plugins: [
      replace({
        preventAssignment: true,
        values: {
          'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
          __VERSION__: JSON.stringify(pkg.version),
        },
      }),
      resolve({ browser: true }),
      commonjs(),
      production && terser({ format: { comments: /^!/ } }),
    ],
  },
];
