import { defineConfig, type RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import pkg from './package.json' with { type: 'json' };

const external = [...Object.keys(pkg.peerDependencies ?? {})];

const config: RollupOptions[] = [
  {
    input: 'src/index.ts',
    external,
    output: [
      { file: pkg.module, format: 'es', sourcemap: true },
      { file: pkg.main, format: 'cjs', sourcemap: true, exports: 'named' },
    ],
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/umd/index.min.js', format: 'umd', name: 'TinyLib', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', declaration: false }), terser()],
  },
];

export default defineConfig(config);
