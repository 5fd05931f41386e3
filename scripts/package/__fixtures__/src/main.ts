/**
 * A stand-in app entry for package tests: zod and ioredis bundled into the CommonJS bundle, run through the
 * code-cache loader. Prints its arguments and one env var, exits with ENRICHKIT_TEST_EXIT.
 */
import { Redis } from "ioredis";
import { z } from "zod";

const args = z.array(z.string()).parse(process.argv.slice(2));
process.stdout.write(
  `${JSON.stringify({ args, marker: process.env.ENRICHKIT_TEST_MARKER ?? null, redis: typeof Redis })}\n`,
);
process.exitCode = Number(process.env.ENRICHKIT_TEST_EXIT ?? 0);
