// ctg merge DIR... --out DIR: joins the --out folders of `ctg batch --shard K/N` runs (outputs, manifests,
// summaries, SCDL rows) into one folder, as if one run had converted everything.
import { EXIT, type Context, type ExitCode } from "../context.js";

export interface MergeCommandOptions {
  out: string;
  scdl?: string;
  quiet?: boolean;
}

export async function runMergeCommand(dirs: readonly string[], options: MergeCommandOptions, ctx: Context): Promise<ExitCode> {
  const { mergeOutputs, MergeError } = await import("../../batch/merge.js");
  try {
    await mergeOutputs({
      dirs: [...dirs],
      out: options.out,
      scdl: options.scdl ?? null,
      lang: ctx.lang,
      quiet: Boolean(options.quiet),
    });
    // documents a shard could not read are in the summary; the merge itself succeeded
    return EXIT.ok;
  } catch (error) {
    if (error instanceof MergeError) {
      ctx.fail(error.message);
      return EXIT.input;
    }
    throw error;
  }
}
