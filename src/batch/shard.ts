// --shard K/N: a deterministic 1/N of the documents, chosen by a hash of their relative path, so that N CI
// jobs given the same inputs split them without talking to each other (and `ctg merge` joins the results).
import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** 1-based shard of a relative path among `count`. */
export function shardOf(rel: string, count: number): number {
  const h = createHash("sha256").update(rel, "utf8").digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(rel: string, shard: Shard | null): boolean {
  return !shard || shardOf(rel, shard.count) === shard.index;
}
