// The esbuild options of every Node bundle: the product's (esbuild.mjs) and the benchmark's (bench/build.mjs),
// which must run the service compiled exactly as it ships.
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD entry breaks when bundled; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // ESM dependencies (tinyglobby) read import.meta.url, which a CommonJS bundle must supply itself.
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['build/importMetaUrl.js'],
  // ws loads these native speed-ups only when installed (inside try/catch); we ship without them.
  external: ['bufferutil', 'utf-8-validate'],
};
