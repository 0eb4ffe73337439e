// Batch conversion of folders of acts, and merging of sharded runs.
export { runBatch, exitCodeOf, toolVersion, defaultJobs, type BatchOptions, type BatchResult } from "./run.js";
export { mergeOutputs, MergeError, type MergeOptions } from "./merge.js";
export { expandInputs, outputPathFor, safeRelative, type InputFile } from "./inputs.js";
export { parseShard, shardOf, inShard, type Shard } from "./shard.js";
export { readManifest, MANIFEST_FILE, JOURNAL_FILE, SUMMARY_FILE, type Manifest, type ManifestEntry } from "./manifest.js";
export type { BatchSummary } from "./summary.js";
export type { OutputFormat, FileStatus } from "./protocol.js";
