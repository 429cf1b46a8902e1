// The Megaport emulator: a local Megaport API for the demo, the tests and offline CI.
export { startEmulator, Emulator, DEFAULT_CREDENTIALS } from "./http/server";
export type { EmulatorOptions, RunningEmulator } from "./http/server";
export { ADMIN_PREFIX } from "./adminContract";
export type { Fault, LoggedRequest, OutOfBandAction } from "./adminContract";
export { EmulatorAdmin } from "./admin";
export { FAST_TIMINGS, REALISTIC_TIMINGS } from "./model/store";
export type { Timings } from "./model/store";
