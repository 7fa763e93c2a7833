const path = require('path');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');

const pages = ['home', 'search', 'account'];

module.exports = (env, argv) => {
  const prod = argv.mode === 'production';

  return {
    entry: Object.fromEntries(pages.map((p) => [p, `./src/pages/${p}/index.js`])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: prod ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      publicPath: '/static/',
      clean: true,
    },
    devtool: prod ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      alias: { '@': path.resolve(__dirname, 'src') },
      extensions: ['.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.js$/,
          exclude: /node_modules/,
          use: { loader: 'babel-loader', options: { cacheDirectory: true } },
        },
        {
          test: /\.s?css$/,
          use: [
            prod ? MiniCssExtractPlugin.loader : 'style-loader',
            { loader: 'css-loader', options: { importLoaders: 1 } },
            'sass-loader',
          ],
        },
        { test: /\.(png|jpe?g|gif|svg|webp)$/i, type: 'asset', parser: { dataUrlCondition: { maxSize: 8 * 1024 } } },
        { test: /\.(woff2?|ttf)$/i, type: 'asset/resource', generator: { filename: 'fonts/[name][ext]' } },
      ],
    },
    plugins: [
      new DefinePlugin({ __DEV__: JSON.stringify(!prod) }),
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p}.html`,
            template: './src/template.html',
            chunks: ['runtime', 'vendors', p],
            title: p[0].toUpperCase() + p.slice(1),
          })
      ),
      prod && new MiniCssExtractPlugin({ filename: 'css/[name].[contenthash:8].css' }),
    ].filter(Boolean),
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'all' },
        },
      },
    },
    devServer: {
      port: 3000,
      hot: true,
      historyApiFallback: { rewrites: pages.map((p) => ({ from: new RegExp(`^/${p}`), to: `/static/${p}.html` })) },
      proxy: [{ context: ['/api'], target: 'http://localhost:8000' }],
    },
  };
};
