// Playwright drives a real Chromium against the production build. `npm test` prepares the database,
// the build and the browser path (see scripts/test.ts); run through it rather than `playwright test` alone.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/** A second server on the same build and database with REVIEW=two-person, for the review rule's specs. */
const reviewPort = Number(process.env.E2E_REVIEW_PORT ?? port + 1);
const reviewURL = `http://localhost:${reviewPort}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  // two cores run two browsers, two servers and PostgreSQL: a flow that takes 10 s alone can take 30 under load
  timeout: 60_000,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${port}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: baseURL },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${reviewPort}`,
      url: reviewURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: reviewURL, REVIEW: "two-person" },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
