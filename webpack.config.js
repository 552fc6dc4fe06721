/**
 * The add-in's browser build: the task pane (React) and the ribbon command page. Office.js itself
 * comes from Microsoft's CDN (a <script> tag in each page), never from the bundle.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/** @returns {Promise<import('webpack').Configuration>} */
module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: production ? 'production' : 'development',
    // No source maps in production: they add a third to the build time and are not shipped to Excel anyway.
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/taskpane.tsx',
      commands: './src/commands/commands.ts',
      support: './src/support/support.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked once by `npm run typecheck`; the build only strips them.
            options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      // React and Fluent change far less often than our code: their own chunks stay cached between releases.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/, name: 'fluent', priority: 10 },
        },
      },
      runtimeChunk: 'single',
    },
    // CI logs show what matters: errors, warnings and the bundle sizes webpack warns about.
    stats: production ? 'errors-warnings' : 'normal',
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_000_000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/support/support.html',
        chunks: ['support'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
        ],
      }),
    ],
    // Certificates only when serving: `npm run build` must work on a machine that has none.
    devServer: serving ? await devServer() : undefined,
  };
};

async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    hot: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    // Everything is served from the compilation in memory (pages, assets, manifest): no stale dist/.
    static: false,
  };
}
