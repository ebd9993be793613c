import { renderMail, type TemplateData, type TemplateName } from './index';

const offer = { type: 'offer' as const, title: 'Développeuse React', companyName: 'Acme', contractType: 'ALTERNANCE', place: 'Lille', salaryMin: 18000, salaryMax: 22000, url: 'http://web.test/offers/1' };
const alertBase = { alertName: 'React <b>Lille</b>', searchUrl: 'http://web.test/offers?q=react', unsubscribeUrl: 'http://web.test/alertes/desabonnement?token=abc.def' };

/** One sample of each template's data: the compiler keeps this list complete. */
const SAMPLES: { [K in TemplateName]: TemplateData[K] } = {
  'verify-email': { link: 'http://web.test/verify-email?token=a' },
  'reset-password': { link: 'http://web.test/reset-password?token=a' },
  'password-changed': {},
  'company-invitation': { link: 'http://web.test/invitations/accept?token=a' },
  'alert.instant': { ...alertBase, item: offer },
  'alert.digest': { ...alertBase, frequency: 'WEEKLY', items: [offer, { type: 'talent', headline: 'Junior data analyst', place: null, yearsOfExperience: 1, url: 'http://web.test/recruiter/talents/2' }], remaining: 3 },
  'nudge.unanswered-applications': { companyName: 'Acme', offers: [{ title: 'Dev', waiting: 2, oldestAt: '2026-02-25T07:00:00.000Z', url: 'http://web.test/recruiter/offers/1/pipeline' }], total: 2 },
  'application.offer-closed': { offerTitle: 'Dev', companyName: 'Acme', applicationsUrl: 'http://web.test/candidate/applications', offersUrl: 'http://web.test/offers' },
  'import.invitation': { firstName: 'Léa', link: 'http://web.test/reset-password?token=a', expiresAt: '2026-12-13T10:00:00.000Z' },
  'account.inactivity-warning': { archiveOn: '2026-12-29', loginUrl: 'http://web.test/login' },
};

describe('mail templates', () => {
  it.each(Object.keys(SAMPLES) as TemplateName[])('%s reads differently in French and English, with every link in both parts', (name) => {
    const fr = renderMail(name, 'fr', SAMPLES[name] as never);
    const en = renderMail(name, 'en', SAMPLES[name] as never);
    expect(fr.subject).not.toBe(en.subject);
    expect(fr.html).toContain('<html lang="fr">');
    expect(en.html).toContain('<html lang="en">');
    const links = JSON.stringify(SAMPLES[name]).match(/http:\/\/web\.test[^"]*/g) ?? [];
    for (const link of links) {
      expect(fr.text).toContain(link);
      expect(en.html).toContain(`href="${link}"`);
    }
  });

  it('words offers with the contract in the reader’s language and the pay range', () => {
    expect(renderMail('alert.instant', 'fr', SAMPLES['alert.instant']).text).toMatch(/Alternance · Lille · 18\s000\s€ – 22\s000\s€/);
    expect(renderMail('alert.instant', 'en', SAMPLES['alert.instant']).text).toContain('Work-study · Lille · €18,000 – €22,000');
  });

  it('escapes what users wrote (an alert name) in the HTML part', () => {
    const { html } = renderMail('alert.digest', 'fr', SAMPLES['alert.digest']);
    expect(html).toContain('React &lt;b&gt;Lille&lt;/b&gt;');
    expect(html).not.toContain('<b>Lille</b>');
  });
});
