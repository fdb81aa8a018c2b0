// Builds the task pane into dist/: the page, its script, its style sheet, the icons, office.js from
// @microsoft/office-js (so the add-in runs on an intranet with no internet) and the demo roster as JSON.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const officeJs = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
// Only what Excel needs of office.js: the loader, Excel's host scripts, and the two locales we ship.
const OFFICE_FILES = /^(office\.js|es6-promise\.js|o15apptofilemappingtable\.js|excel[\w.-]*(?<!debug)\.js|(zh-cn|en-us)[\\/]office_strings\.js)$/;

// Office 2016 MSI and Office 2019 volume-licensed run add-ins in Internet Explorer 11, so everything we
// ship, dependencies included, is compiled to ES5 with the core-js polyfills it uses. TypeScript emits
// ES2020 and Babel lowers it (and node_modules) in one pass: ts-loader alone at target ES5 would leave
// dependencies untouched and could not add polyfills for what the code calls (Map, Promise, padStart).
// core-js adds a polyfill wherever a name could mean a newer method (`.map` might be Iterator.prototype.map,
// `.bold` String.prototype.bold). These the code never calls: iterator helpers, typed-array methods and
// base64, the new Set methods, Map.getOrInsert, the HTML string methods.
const UNUSED_POLYFILLS = [
  /^es\.iterator\./,
  /^es\.typed-array\.(?!(int32|uint32|uint8|float64)-array$)/,
  /^es\.uint8-array\./,
  /^es\.array-buffer\.(detached|transfer)/,
  /^es\.set\..*\.v2$/,
  /^es\.map\.get-or-insert/,
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
];
const babel = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    // core-js is CommonJS: letting Babel add imports to it would make webpack mix module systems.
    sourceType: 'unambiguous',
    presets: [['@babel/preset-env', { targets: 'ie 11', useBuiltIns: 'usage', corejs: '3.51', bugfixes: true, exclude: UNUSED_POLYFILLS }]],
    // Babel's helpers (async functions, classes, spread) once for the bundle, not once per module.
    plugins: [['@babel/plugin-transform-runtime', { corejs: false, helpers: true, regenerator: true }]],
  },
};

// The WPS 表格 add-in folder, dist/wps/: ribbon.xml and index.html with the ribbon's ES5 callbacks; the
// same pane page without office.js (WPS gives the page its own Application) and with its script beside
// it, so the folder works wherever it is copied; the style sheet and icons. Beside it, dist/wps-publish/
// holds publish.xml (copied next to the folder) and jsplugins.xml (served from an intranet).
const { name: ADDIN_NAME, version: ADDIN_VERSION } = require('./package.json');
const WPS_PANE_HTML = fs.readFileSync(path.resolve(__dirname, 'src/taskpane/taskpane.html'), 'utf8').replace('<script src="office-js/office.js"></script>', '<script defer src="taskpane.js"></script>');
const withAddinName = (content) => content.toString().replace(/NAME_VERSION/gu, `${ADDIN_NAME}_${ADDIN_VERSION}`).replace(/NAME/gu, ADDIN_NAME).replace(/VERSION/gu, ADDIN_VERSION);
const WPS_FILES = [
  { from: 'src/wps/ribbon.xml', to: 'wps/ribbon.xml' },
  { from: 'src/wps/index.html', to: 'wps/index.html' },
  // Hand-written ES5, shipped as written.
  { from: 'src/wps/ribbon.js', to: 'wps/ribbon.js', info: { minimized: true } },
  { from: 'src/taskpane/taskpane.css', to: 'wps/taskpane.css' },
  { from: 'assets/icon-*.png', to: 'wps/assets/[name][ext]' },
  { from: 'src/wps/publish.xml', to: 'wps-publish/publish.xml', transform: withAddinName },
  { from: 'src/wps/jsplugins.xml', to: 'wps-publish/jsplugins.xml', transform: withAddinName },
];

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  // ES5 for webpack's own runtime too.
  target: ['web', 'es5'],
  entry: {
    taskpane: ['./src/taskpane/polyfills.ts', './src/taskpane/main.ts'],
    commands: ['./src/taskpane/polyfills.ts', './src/commands/commands.ts'],
    'wps/taskpane': ['./src/taskpane/polyfills.ts', './src/taskpane/main.ts'],
  },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
      { test: /\.ts$/, exclude: /node_modules/, use: [babel, { loader: 'ts-loader', options: { configFile: 'tsconfig.taskpane.json', transpileOnly: true } }] },
      // chinese-days ships an ES module without "type": "module".
      { test: /\.js$/, include: /chinese-days/, type: 'javascript/esm' },
      // Dependencies too; core-js itself is ES5 already and must not polyfill itself.
      { test: /\.m?js$/, exclude: /node_modules[\\/](core-js|webpack|@babel[\\/]runtime)[\\/]/, use: [babel] },
    ],
  },
  devtool: argv.mode === 'development' ? 'source-map' : false,
  // office.js is Microsoft's and served as shipped; the budget is for our own code: the rules, the planner,
  // the exact planner and the batches, the plan validator, quotas and terms, the holiday calendar, both
  // languages' strings, the Excel and WPS hosts and the ES5 polyfills IE11 needs (about 540 KB minified,
  // 150 KB gzipped).
  performance: { maxEntrypointSize: 600000, maxAssetSize: 600000, assetFilter: (file) => !file.startsWith('office-js/') && file.endsWith('.js') },
  plugins: [
    new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
    new HtmlWebpackPlugin({ template: './src/commands/commands.html', filename: 'commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
    new HtmlWebpackPlugin({ templateContent: WPS_PANE_HTML, filename: 'wps/taskpane.html', chunks: ['wps/taskpane'], inject: false }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
        { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        { from: 'build/demo/sample-roster.json', to: 'demo/sample-roster.json' },
        // Served as Microsoft ships it: already minified, not to be processed again.
        { from: officeJs, to: 'office-js', filter: (file) => OFFICE_FILES.test(path.relative(officeJs, file)), info: { minimized: true } },
        ...WPS_FILES,
      ],
    }),
  ],
});
