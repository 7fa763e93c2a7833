module.exports = function (api) {
  api.cache.using(() => process.env.NODE_ENV);
  return {
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' }, modules: api.env('test') ? 'commonjs' : false }],
    ],
    plugins: ['@babel/plugin-proposal-decorators', { legacy: true }],
  };
};
