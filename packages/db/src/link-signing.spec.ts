import { signLink, verifyLink } from './link-signing';

const SECRET = 'test-secret-0123456789abcdef0123456789';
const ALERT = '01936f3e-8f3a-7cc1-9a35-5a3c8f0e2b11';

describe('signed mail links', () => {
  it('gives back the subject of a token it signed', () => {
    expect(verifyLink(SECRET, 'alert-unsubscribe', signLink(SECRET, 'alert-unsubscribe', ALERT))).toBe(ALERT);
  });

  it('refuses a token signed with another secret, or edited', () => {
    const token = signLink(SECRET, 'alert-unsubscribe', ALERT);
    expect(verifyLink('another-secret-0123456789abcdef0123', 'alert-unsubscribe', token)).toBeNull();
    const otherAlert = ALERT.replace(/.$/, '2');
    expect(verifyLink(SECRET, 'alert-unsubscribe', `${otherAlert}${token.slice(ALERT.length)}`)).toBeNull();
    expect(verifyLink(SECRET, 'alert-unsubscribe', 'no-dot-at-all')).toBeNull();
    expect(verifyLink(SECRET, 'alert-unsubscribe', `${ALERT}.`)).toBeNull();
  });
});
