// Builds the task pane into dist/: the page, its script, its style sheet, the icons, office.js from
// @microsoft/office-js (so the add-in runs on an intranet with no internet) and the demo roster as JSON.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const officeJs = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
// Only what Excel needs of office.js: the loader, Excel's host scripts, and the two locales we ship.
const OFFICE_FILES = /^(office\.js|es6-promise\.js|o15apptofilemappingtable\.js|excel[\w.-]*(?<!debug)\.js|(zh-cn|en-us)[\\/]office_strings\.js)$/;

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  entry: { taskpane: './src/taskpane/main.ts', commands: './src/commands/commands.ts' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
      { test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { configFile: 'tsconfig.taskpane.json', transpileOnly: true } },
      // chinese-days ships an ES module without "type": "module".
      { test: /\.js$/, include: /chinese-days/, type: 'javascript/esm' },
    ],
  },
  devtool: argv.mode === 'development' ? 'source-map' : false,
  // office.js is Microsoft's and served as shipped; the budget is for our own code.
  performance: { maxEntrypointSize: 400000, maxAssetSize: 400000, assetFilter: (file) => !file.startsWith('office-js/') && file.endsWith('.js') },
  plugins: [
    new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
    new HtmlWebpackPlugin({ template: './src/commands/commands.html', filename: 'commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
        { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        { from: 'build/demo/sample-roster.json', to: 'demo/sample-roster.json' },
        // Served as Microsoft ships it: already minified, not to be processed again.
        { from: officeJs, to: 'office-js', filter: (file) => OFFICE_FILES.test(path.relative(officeJs, file)), info: { minimized: true } },
      ],
    }),
  ],
});
