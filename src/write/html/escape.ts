// Everything a document gives (titles, names, lines, file names) is untrusted text: it reaches the page only
// through escapeHtml, in element content and in double-quoted attribute values alike.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
