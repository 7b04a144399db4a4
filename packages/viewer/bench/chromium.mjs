// Flags for the benches' headless Chromium (Debian's): no sandbox or GPU in CI, SwiftShader's software
// WebGL so the figures do not depend on a graphics card, no background traffic during a measurement.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];
