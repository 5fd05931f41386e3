/** Minimal types for yazl 3 (the package ships none): only what the .tcx writer uses. */
declare module "yazl" {
  import type { Readable } from "node:stream";

  export interface AddOptions {
    mtime?: Date;
    mode?: number;
    compress?: boolean;
    forceDosTimestamp?: boolean;
  }

  export class ZipFile {
    outputStream: Readable;
    addBuffer(buffer: Buffer, metadataPath: string, options?: AddOptions): void;
    end(options?: { comment?: string }): void;
  }
}
