// npm start: try the extension without installing VS Code. Builds the VSIX, installs it into the cached
// code-server, opens examples/ and prints the address. Ctrl+C stops everything it started.
// The port is 8080 unless PORT (or `npm start -- --port N`) says otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildVsix, installCodeServer, installVsix, isolatedEnv, root, startCodeServer, writeUserSettings,
} from './codeServer.mjs';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`npm start: the port must be a number from 1 to 65535, not ${process.argv[portArg + 1] ?? process.env.PORT}`);
  process.exit(2);
}

// Kept between runs so the editor remembers what the person opened; the extension is reinstalled each time.
const state = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'ocpp-authoring', 'try');
const userData = path.join(state, 'user-data');
const extensions = path.join(state, 'extensions');
fs.mkdirSync(state, { recursive: true });

console.log('Building the VSIX...');
const vsix = buildVsix();
console.log('Preparing code-server (the first time takes about two minutes)...');
const codeServer = installCodeServer();
const env = isolatedEnv(state);
writeUserSettings(userData);
installVsix(codeServer, { vsix, userData, extensions, env });

const folder = path.join(root, 'examples');
const logFile = path.join(state, 'code-server.log');
const stop = await startCodeServer(codeServer, { port, userData, extensions, folder, env, logFile }).catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
console.log(`\nOCPP Authoring is running in VS Code at http://127.0.0.1:${port}/ (examples/ is open).`);
console.log(`Log: ${logFile}. Press Ctrl+C to stop.`);

const shutdown = () => {
  console.log('\nStopping code-server...');
  stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// Stay alive until a signal arrives.
setInterval(() => {}, 1 << 30);
