/** The architecture's rules: the core stays pure, components never reach Office.js, hosts stay apart. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core takes data and returns data: it imports only itself and zod.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/core/', '^node_modules/zod/'] },
    },
    {
      name: 'taskpane-not-office',
      comment: 'Components never call Office.js: only src/excel does.',
      severity: 'error',
      from: { path: '^src/taskpane/' },
      to: { path: ['^src/cli/', 'node_modules/exceljs', 'node_modules/@microsoft/office-js'] },
    },
    {
      name: 'browser-hosts-not-node',
      comment: 'What runs in Excel must not pull in the Node host or ExcelJS.',
      severity: 'error',
      from: { path: '^src/(excel|taskpane|commands|support)/' },
      to: { path: ['^src/cli/', 'node_modules/exceljs', '^(fs|path|os|child_process)$', '^node:'] },
    },
    {
      name: 'cli-without-exceljs',
      comment: "The CLI reads and writes the package itself; ExcelJS is only the tests' independent reader.",
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: 'node_modules/exceljs' },
    },
    {
      name: 'core-through-its-index',
      comment: 'Hosts and front ends use the core through src/core/index.ts, its public surface, never a file behind it.',
      severity: 'error',
      from: { path: '^src/(cli|excel|taskpane|commands|app|support)/' },
      to: { path: '^src/core/', pathNot: '^src/core/index\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
