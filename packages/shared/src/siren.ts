/** SIREN (French company id): 9 digits whose Luhn checksum is valid. La Poste's 356000000 is the historic exception. */
export function isValidSiren(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value)) return false;
  if (value === '356000000') return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(value[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Completes 8 digits with their Luhn key: handy for demo data and tests. */
export function withSirenKey(eightDigits: string): string {
  for (let key = 0; key <= 9; key++) {
    const candidate = `${eightDigits}${key}`;
    if (isValidSiren(candidate)) return candidate;
  }
  throw new Error(`no Luhn key for ${eightDigits}`);
}
