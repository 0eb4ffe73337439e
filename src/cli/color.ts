// Whether to colour a stream: chalk's detection (a terminal, FORCE_COLOR, TERM=dumb) plus NO_COLOR, which
// chalk 5 does not read (https://no-color.org: set and not empty means no colour, whatever else says).
import { supportsColor, supportsColorStderr } from "chalk";
import type { ColorLevel } from "../write/report/index.js";

export function colorLevel(stream: "stdout" | "stderr", env: NodeJS.ProcessEnv = process.env): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const support = stream === "stdout" ? supportsColor : supportsColorStderr;
  return support ? support.level : 0;
}
