// `npm run bench` runs the benchmark bundled (dist/bench/), as the product ships its service: run from the
// TypeScript sources through tsx, every constant one module imports from another is read through a getter,
// which made the checker's scanners about twice as slow as the bundle users run.
import * as esbuild from 'esbuild';
import { nodeBundle } from '../build/nodeBundle.mjs';

await esbuild.build({
  ...nodeBundle,
  entryPoints: ['bench/run.ts', 'bench/memory.ts', 'bench/resendServer.ts'],
  outdir: 'dist/bench',
  sourcemap: true,
  // The peer reads the official schemas from ocpp-rpc's folder (require.resolve), so it stays outside the bundle.
  external: [...nodeBundle.external, 'ocpp-rpc'],
});
