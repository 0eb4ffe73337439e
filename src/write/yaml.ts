// YAML that parses back to the same object as the JSON output: no anchors or aliases for objects the record
// happens to share, no line folding, and strings quoted wherever a YAML 1.1 reader (PyYAML and others) would
// take them for something else: dates "2022-10-11", "038", "yes". A YAML 1.2 reader gets the same strings.
import { stringify } from "yaml";

export function toYaml(value: unknown): string {
  return stringify(value, { version: "1.1", aliasDuplicateObjects: false, lineWidth: 0, indent: 2 });
}
