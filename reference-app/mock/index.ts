/** The app's mock vendor, as the emulator expects it (`startMockVendor`). */
export { startMockVirusTotal as startMockVendor } from "./virustotal-server.js";
