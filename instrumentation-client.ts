// Runs in the browser before the app's own code (Next.js's instrumentation-client convention). Zod builds fast
// parsers with `new Function` after probing whether eval is allowed; under the Content-Security-Policy
// (proxy.ts) it is not, and the probe, though caught, is reported as a CSP violation on every page with a
// form. Jitless zod skips the probe; servers, which have no such policy, keep the fast parsers.
import { z } from "zod";

z.config({ jitless: true });
