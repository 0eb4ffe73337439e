// SIREN validation (INSEE): nine digits whose Luhn (mod 10) checksum is zero. Every commune and EPCI SIREN
// passes it (standards.md §3.1), so a failing one is a typing or OCR error.

/** Luhn checksum over a string of digits: true when the weighted sum is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // double every second digit counting from the right (the rightmost digit is the key, not doubled)
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type SirenProblem = "format" | "checksum";

/** null when `siren` is a valid SIREN, else what is wrong with it. Spaces ("213 804 768") are tolerated. */
export function sirenProblem(siren: string): SirenProblem | null {
  const digits = siren.replace(/\s+/g, "");
  if (!/^\d{9}$/.test(digits)) return "format";
  return luhnValid(digits) ? null : "checksum";
}
