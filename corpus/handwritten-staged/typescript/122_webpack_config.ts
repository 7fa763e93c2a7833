import path from 'node:path';
import type { Configuration, RuleSetRule } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';

type Mode = 'development' | 'production';

interface Env {
  WEBPACK_SERVE?: boolean;
  analyze?: boolean;
}

const root = (...segments: string[]): string => path.resolve(__dirname, ...segments);

function styleRules(mode: Mode): RuleSetRule[] {
  const extract = mode === 'production' ? MiniCssExtractPlugin.loader : 'style-loader';
  return [
    {
      test: /\.module\.s?css$/,
      use: [extract, { loader: 'css-loader', options: { modules: { namedExport: true } } }, 'sass-loader'],
    },
    {
      test: /\.s?css$/,
      exclude: /\.module\.s?css$/,
      use: [extract, 'css-loader', 'sass-loader'],
    },
  ];
}

export default (env: Env, argv: { mode?: Mode }): Configuration & { devServer?: DevServerConfiguration } => {
  const mode: Mode = argv.mode ?? 'development';
  const isProd = mode === 'production';

  return {
    mode,
    entry: { main: root('src/index.ts') },
    output: {
      path: root('dist'),
      filename: isProd ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      publicPath: '/',
      clean: true,
    },
    devtool: isProd ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { '@': root('src') },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, use: 'ts-loader', exclude: /node_modules/ },
        { test: /\.(png|jpe?g|gif|svg|woff2?)$/i, type: 'asset', parser: { dataUrlCondition: { maxSize: 8 * 1024 } } },
        ...styleRules(mode),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: root('public/index.html'), minify: isProd }),
      ...(isProd ? [new MiniCssExtractPlugin({ filename: 'css/[name].[contenthash:8].css' })] : []),
    ],
    optimization: {
      splitChunks: { chunks: 'all', cacheGroups: { vendor: { test: /node_modules/, name: 'vendor' } } },
      runtimeChunk: 'single',
    },
    devServer: env.WEBPACK_SERVE
      ? { port: 8080, hot: true, historyApiFallback: true, proxy: [{ context: ['/api'], target: 'http://localhost:3000' }] }
      : undefined,
    performance: { hints: isProd ? 'warning' : false },
  };
};
