#!/usr/bin/env node
/**
 * `npm start`: serves the built add-in (dist/) on port 3000. On Windows and Mac, over https with the
 * Office development certificates, then sideloads manifest.xml into Excel when office-addin-debugging is
 * installed (it is not a dependency: it needs a keychain library this project does not build). On Linux,
 * where Excel does not run, it says so and serves the browser preview over http.
 */
const http = require('node:http');
const https = require('node:https');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const PORT = Number(process.env.PORT || 3000);
const DIST = path.resolve(__dirname, '../dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

function handler(req, res) {
  const file = path.join(DIST, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  fs.createReadStream(file).pipe(res);
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run npm run build first');
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  if (!desktop) {
    http.createServer(handler).listen(PORT, 'localhost', () => {
      console.log(`Excel does not run on ${process.platform}, so nothing is sideloaded.`);
      console.log(`Browser preview (the demo workbook): http://localhost:${PORT}/taskpane.html`);
    });
    return;
  }
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  https.createServer(options, handler).listen(PORT, 'localhost', () => {
    console.log(`Serving the add-in on https://localhost:${PORT}/taskpane.html`);
    const sideload = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(PORT)], { stdio: 'inherit' });
    if (sideload.status !== 0) {
      console.log('Could not sideload automatically. In Excel: Insert > Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml (see README).');
    }
  });
}

main().catch((error) => {
  console.error(error.message || error);
  process.exitCode = 1;
});
