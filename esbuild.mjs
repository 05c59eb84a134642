// One build for everything that ships: the VS Code client, the language server, the CLI and the library.
// `node esbuild.mjs` builds for development (with source maps); `--production` minifies for the VSIX.
import { rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { nodeBundle } from './build/nodeBundle.mjs';

const production = process.argv.includes('--production');
// A production build starts clean, so no stale file or source map from a development build is left behind.
if (production) rmSync('dist', { recursive: true, force: true });

const shared = { ...nodeBundle, minify: production, sourcemap: !production };

/** The web builds: browser modules only (`vscode-languageserver/browser`), nothing of Node's. */
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: [...shared.external, 'vscode'] }),
  esbuild.build({ ...shared, entryPoints: ['server/src/node.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...shared, entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js' }),
  esbuild.build({ ...shared, entryPoints: ['server/src/cli/run.ts'], outfile: 'dist/run.js' }),
  esbuild.build({ ...shared, entryPoints: ['server/src/serviceEntry.ts'], outfile: 'dist/service.js' }),
  // The web extension (package.json `browser`): VS Code's web-worker extension host loads a CommonJS module and
  // supplies `vscode`; the language server runs in a web worker of its own, a plain script.
  esbuild.build({ ...browser, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserExtension.js', format: 'cjs', external: ['vscode'] }),
  esbuild.build({ ...browser, entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browserServer.js', format: 'iife' }),
]);
