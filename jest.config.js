/** Tests sit beside what they test (provider/, emulator/, sdk/) and end to end under tests/. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/provider", "<rootDir>/emulator", "<rootDir>/sdk", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
  // Engine runs take tens of seconds each; two workers match the machines' two cores.
  testTimeout: 300000,
  maxWorkers: 2,
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
};
