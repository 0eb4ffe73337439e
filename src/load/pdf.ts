// PDF to page texts through pdf-parse (pdf.js): eval disabled, no network, no worker fetch.
import { InputError } from "./errors.js";

export async function readPdfPages(bytes: Uint8Array, file: string): Promise<string[]> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) throw new InputError("not-pdf", file);
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const result = await parser.getText({ pageJoiner: "" });
    return result.pages.map((p) => p.text);
  } catch (error) {
    throw classifyPdfError(error, file);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function classifyPdfError(error: unknown, file: string): InputError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(name) || /password|encrypt/i.test(message)) return new InputError("encrypted-pdf", file);
  if (/invalid pdf|invalidpdf|missing pdf|xref|unexpected end|bad (?:xref|trailer)|startxref/i.test(`${name} ${message}`)) {
    return new InputError("truncated-pdf", file, message);
  }
  return new InputError("unreadable", file, message);
}
