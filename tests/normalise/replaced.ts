// Test helper: a page's lines as the normaliser writes them once a pre-pass (an attendance grid, a table in columns of
// spaces, a box read column after column) has given its map of replaced lines: its lines replaced, the others as they are.
export function replaced(text: string, pass: (lines: string[]) => Map<number, string[] | null> | undefined): string[] {
  const lines = text.split("\n");
  const map = pass(lines);
  return lines.flatMap((l, i) => {
    const got = map?.get(i);
    return got === undefined ? [l] : got === null ? [] : got;
  });
}
