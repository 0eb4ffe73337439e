// --ocr for parse, check and batch: the option, else ctg.config.yaml's ocr.mode, else auto. The configuration
// is read only when a file exists (a bad input keeps failing fast).
import { isOcrMode, OCR_MODES, type OcrMode } from "../ocr/engine.js";
import { UsageError, type Context } from "./context.js";
import { findConfig } from "../config/find.js";

export async function ocrModeFrom(option: string | undefined, ctx: Context, configPath?: string): Promise<OcrMode> {
  if (option !== undefined) {
    if (!isOcrMode(option)) throw new UsageError(ctx.m.usage.invalidValue("--ocr", option, OCR_MODES));
    return option;
  }
  if (configPath === undefined && findConfig() === null) return "auto";
  const { loadConfig } = await import("../config/index.js");
  return loadConfig(configPath, ctx.lang).config.ocr?.mode ?? "auto";
}

/** `read()`, or null once a configuration that cannot be read is reported in one line (the caller exits 2). */
export async function configured<T>(read: () => Promise<T>, ctx: Context): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    // by name: importing the configuration module (zod, yaml) only to compare would slow every bad input
    if (!(error instanceof Error) || error.name !== "ConfigError") throw error;
    ctx.fail(error.message);
    return null;
  }
}
