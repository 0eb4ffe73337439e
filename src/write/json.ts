// JSON as ctg prints it: 2-space indent, one final newline.
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
