/**
 * The app's entry point, as the platform starts it (through the package's `run.py`): run once, exit with the
 * Playbook App exit code. Everything else is the platform layer and the definition.
 */
import { runApp } from "../../lib/platform/run-app.js";
import { app } from "./app.js";

// No top-level await: the package bundles this entry as CommonJS (see scripts/package/bundle.ts).
// Exit explicitly: a lingering keep-alive socket must not hold the job open after outputs are written.
void runApp(app, { handleSignals: true }).then((exitCode) => process.exit(exitCode));
