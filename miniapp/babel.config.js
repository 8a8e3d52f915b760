// babel-preset-taro: the same preset serves both Taro targets and the jest project (see jest.config.js).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
