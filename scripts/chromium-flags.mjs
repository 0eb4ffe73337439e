// The flags every headless Chromium run of ctg starts with (the screenshot script and the browser tests): no
// sandbox (CI runs as root), no GPU, and none of Chromium's own background connections, which a closed network
// refuses many at a time.
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
