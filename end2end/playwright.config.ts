import { defineConfig } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// One server per run, on a fresh SQLite file (or on DATABASE_URL when the caller
// sets E2E_DATABASE_URL). Workers inherit these variables from the main process.
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ungstemme-e2e-'));
process.env.E2E_DATABASE_URL ??= `sqlite://${process.env.E2E_DATA_DIR}/e2e.db`;
process.env.E2E_BIN ??= path.resolve(__dirname, '../target/debug/ungstemme');

export default defineConfig({
  testDir: './tests',
  timeout: 90_000,
  // A post answered by a freshly started debug server on a loaded CI machine can
  // take longer than the default 5 s to show its result (seen once).
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A phone-sized screen.
    viewport: { width: 390, height: 844 },
    locale: 'nb-NO',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'hydrated', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `"${process.env.E2E_BIN}" serve --demo --addr 127.0.0.1:${port} --site-root ${path.resolve(__dirname, '../target/site')}`,
    env: { DATABASE_URL: process.env.E2E_DATABASE_URL!, RUST_LOG: 'warn' },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
