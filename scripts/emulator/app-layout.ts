/**
 * Where an app's parts live, relative to its definition `<root>/src/app.ts`: the entry `src/main.ts`, recorded
 * vendor responses `fixtures/`, and the mock vendor server `mock/index.ts` (exports `startMockVendor`).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface AppLayout {
  root: string;
  main: string;
  fixtures: string;
  mock: string;
}

/** Layout of the app whose definition is at `appPath` (absolute or relative to cwd). */
export function appLayout(appPath: string): AppLayout {
  const root = path.resolve(path.dirname(appPath), "..");
  return {
    root,
    main: path.join(root, "src", "main.ts"),
    fixtures: path.join(root, "fixtures"),
    mock: path.join(root, "mock", "index.ts"),
  };
}

/** A running mock of the vendor API. */
export interface MockVendor {
  url: string;
  stats: { requests: number; rejected429: number; byPath: Record<string, number> };
  setFaults: (faults: unknown[]) => void;
  close: () => Promise<void>;
}

export interface MockVendorOptions {
  fixturesDir?: string;
  apiKey?: string;
  ratePerSecond?: number;
  synthetic?: boolean;
  faults?: unknown[];
  port?: number;
}

/** Starts the app's mock vendor server (from `mock/index.ts`), or throws naming the missing file. */
export async function startAppMock(layout: AppLayout, options: MockVendorOptions = {}): Promise<MockVendor> {
  if (!existsSync(layout.mock)) {
    throw new Error(`no mock vendor server at ${path.relative(process.cwd(), layout.mock)} (export startMockVendor)`);
  }
  const module = (await import(pathToFileURL(layout.mock).href)) as {
    startMockVendor: (o: MockVendorOptions) => Promise<MockVendor>;
  };
  return module.startMockVendor({ fixturesDir: layout.fixtures, ...options });
}
