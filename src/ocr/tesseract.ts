// The OCR engine: tesseract.js (Apache-2.0) with the French LSTM model of @tesseract.js-data/fra, both
// installed with ctg. Offline by construction: the model is read from the installed package (langPath is a
// directory, not a URL), the cache is off (nothing is written), and the WebAssembly core is the installed one.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { OcrEngine, OcrLine, OcrResult } from "./engine.js";

const require = createRequire(import.meta.url);

/** tessdata_best converted to integers: LSTM only, 0.7 MB, the most accurate of the package's two models. */
export const MODEL = "4.0.0_best_int";

/** The directory holding fra.traineddata.gz inside the installed package. */
export function modelDirectory(): string {
  return join(dirname(require.resolve("@tesseract.js-data/fra/package.json")), MODEL);
}

function engineVersion(): string {
  try {
    return (require("tesseract.js/package.json") as { version: string }).version;
  } catch {
    return "?";
  }
}

interface TesseractLine {
  text: string;
  confidence: number;
}
interface TesseractBlock {
  paragraphs: Array<{ lines: TesseractLine[] }>;
}

/**
 * tesseract.js' own worker script, started with the console of its thread silenced: the WebAssembly core prints
 * its diagnostics ("Line cannot be recognized!!") with console.log, which would land in the middle of the JSON
 * `ctg parse` writes on standard output. A data: URL, so that it runs from src/ (tests) as from dist/.
 */
function quietWorker(): URL {
  const script = require.resolve("tesseract.js/src/worker-script/node/index.js");
  const source = [
    "for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => undefined;",
    "const { createRequire } = await import('node:module');",
    `createRequire(${JSON.stringify(script)})(${JSON.stringify(script)});`,
  ].join("\n");
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/** A tesseract.js worker (its own thread) kept warm for every page given to it. */
export async function createTesseractEngine(): Promise<OcrEngine> {
  const Tesseract = (await import("tesseract.js")).default;
  const worker = await Tesseract.createWorker("fra", Tesseract.OEM.LSTM_ONLY, {
    langPath: modelDirectory(),
    // tesseract.js hands workerPath to new Worker() as it is, which takes a URL
    workerPath: quietWorker() as unknown as string,
    cacheMethod: "none",
    gzip: true,
    // the worker reports its own failures through the promise of the job: nothing printed
    errorHandler: () => undefined,
  });
  // no second reading of low-confidence words as white on black: minutes are black on white
  await worker.setParameters({ tessedit_do_invert: "0" });
  return {
    name: `tesseract.js ${engineVersion()} fra ${MODEL}`,
    async recognise(image: Uint8Array): Promise<OcrResult> {
      const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, blocks: true });
      const lines: OcrLine[] = [];
      for (const block of (data.blocks ?? []) as unknown as TesseractBlock[]) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const text = line.text.trimEnd();
            if (text.trim() === "") continue;
            lines.push({ text, confidence: Math.round(line.confidence) });
          }
        }
        // a block ends a column or a box: a blank line keeps it apart from the next
        lines.push({ text: "", confidence: 100 });
      }
      if (lines.length > 0 && lines[lines.length - 1]!.text === "") lines.pop();
      return { lines, confidence: Math.round(data.confidence) };
    },
    async terminate(): Promise<void> {
      await worker.terminate();
    },
  };
}
