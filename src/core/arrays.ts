// Array helpers shared by the stages.

/**
 * Appends `items` to `into`. `into.push(...items)` passes every item as an argument and overflows the call stack
 * past about 100,000 of them (a names list of a few megabytes crashed the attendance extractor).
 */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
