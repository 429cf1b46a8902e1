// The Megaport emulator: a local Megaport API for the demo, the tests and offline CI.
export { startEmulator, Emulator, DEFAULT_CREDENTIALS, ADMIN_PREFIX } from "./server";
export type { EmulatorOptions, RunningEmulator, Fault, LoggedRequest } from "./server";
export { EmulatorAdmin } from "./admin";
export { FAST_TIMINGS, REALISTIC_TIMINGS } from "./store";
export type { Timings } from "./store";
