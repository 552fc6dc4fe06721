/** Bundles the fake Office (test/fake-excel) with the test workbook for the browser page; not part of the add-in. */
const path = require('node:path');

module.exports = {
  mode: 'development',
  devtool: false,
  entry: { 'fake-office': path.resolve(__dirname, 'fakeOfficePage.ts') },
  output: { path: path.resolve(__dirname, 'out'), filename: '[name].js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, '../../tsconfig.json'),
            compilerOptions: { noEmit: false },
          },
        },
      },
    ],
  },
};
