import { isValidSiren, withSirenKey } from './siren';

describe('SIREN', () => {
  it('accepts real SIRENs and refuses a wrong key, letters or a wrong length', () => {
    expect(isValidSiren('732829320')).toBe(true); // a real company
    expect(isValidSiren('552100554')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('73282932A')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
  });
  it('completes eight digits with their key', () => {
    expect(isValidSiren(withSirenKey('12345678'))).toBe(true);
  });
});
