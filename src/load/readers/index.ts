// The PDF text engines behind one interface (types.ts), each loaded only when asked for. The default is PDFium
// (WebAssembly): about twice as fast as pdf.js per page on the corpus and the same fields (README, Benchmarks).
// CTG_PDF_ENGINE=pdfjs|pdfium changes the default for a whole run (tests, scripts, batch workers inherit it);
// --pdf-engine on parse, check and batch changes it for one command.
import { isPdfEngine, type PdfEngine, type PdfReader } from "./types.js";

export { isPdfEngine, PDF_ENGINES, PdfEngineError, type PdfEngine, type PdfReader } from "./types.js";

export const DEFAULT_PDF_ENGINE: PdfEngine = "pdfium";

/** The engine used when none is named: CTG_PDF_ENGINE when it names one, else the default. */
export function defaultPdfEngine(): PdfEngine {
  const named = process.env.CTG_PDF_ENGINE;
  return named !== undefined && isPdfEngine(named) ? named : DEFAULT_PDF_ENGINE;
}

export async function pdfReader(engine: PdfEngine = defaultPdfEngine()): Promise<PdfReader> {
  switch (engine) {
    case "pdfium":
      return (await import("./pdfium.js")).pdfiumReader;
    case "pdfjs":
      return (await import("./pdfjs.js")).pdfjsReader;
  }
}
