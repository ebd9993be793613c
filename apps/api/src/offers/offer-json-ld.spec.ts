import type { OfferView } from '@talents/shared';
import { buildJobPosting, toHtml } from './offer-json-ld';

const offer: OfferView = {
  id: '0190f5a4-0000-7000-8000-000000000001',
  company: { id: 'c1', name: 'Startup <Lille>', website: 'https://startup.example', verified: true },
  title: 'Développeur·se back-end',
  description: 'Premier paragraphe.\nDeuxième ligne.\n\nSecond paragraphe avec <balise>.',
  roleFamilyCode: 'DEV',
  contractType: 'CDI',
  basinCode: 'LILLE',
  town: 'Lille',
  lat: 50.63,
  lon: 3.06,
  remotePolicy: 'HYBRID',
  salaryMin: 38000,
  salaryMax: 45000,
  experienceLevel: 'JUNIOR',
  startDate: '2027-01-04',
  romeCode: 'M1805',
  status: 'PUBLISHED',
  closeReason: null,
  publishedAt: '2026-12-01T09:00:00.000Z',
  expiresAt: '2027-01-30T09:00:00.000Z',
  closedAt: null,
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  skills: [
    { name: 'Node.js', slug: 'node-js', required: true, minLevel: 3 },
    { name: 'Docker', slug: 'docker', required: false, minLevel: null },
  ],
};

describe('buildJobPosting', () => {
  const ld = buildJobPosting(offer, { webUrl: 'https://talents.example/' });

  it("has Google's required properties", () => {
    expect(ld['@context']).toBe('https://schema.org/');
    expect(ld['@type']).toBe('JobPosting');
    expect(ld.title).toBe(offer.title);
    expect(ld.description).toBe('<p>Premier paragraphe.<br>Deuxième ligne.</p><p>Second paragraphe avec &lt;balise&gt;.</p>');
    expect(ld.datePosted).toBe(offer.publishedAt);
    expect(ld.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Startup <Lille>', sameAs: 'https://startup.example' });
    expect(ld.jobLocation).toMatchObject({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Lille', addressRegion: 'Hauts-de-France', addressCountry: 'FR' },
    });
  });

  it("has Google's recommended properties", () => {
    expect(ld.validThrough).toBe(offer.expiresAt);
    expect(ld.employmentType).toBe('FULL_TIME');
    expect(ld.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 38000, maxValue: 45000, unitText: 'YEAR' },
    });
    expect(ld.identifier).toMatchObject({ '@type': 'PropertyValue', value: offer.id });
    expect(ld.directApply).toBe(true);
    expect(ld.url).toBe(`https://talents.example/offers/${offer.id}`);
    expect(ld.occupationalCategory).toBe('M1805');
    expect(ld.skills).toBe('Node.js');
  });

  it('marks fully remote offers as telecommute, open to applicants in France', () => {
    const remote = buildJobPosting({ ...offer, remotePolicy: 'REMOTE' }, { webUrl: 'https://talents.example' });
    expect(remote.jobLocationType).toBe('TELECOMMUTE');
    expect(remote.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'France' });
    expect(ld.jobLocationType).toBeUndefined();
  });

  it('maps every contract type to schema.org employment types', () => {
    const map = (contractType: OfferView['contractType']) => buildJobPosting({ ...offer, contractType }, { webUrl: 'https://x' }).employmentType;
    expect(map('CDD')).toBe('TEMPORARY');
    expect(map('STAGE')).toBe('INTERN');
    expect(map('FREELANCE')).toBe('CONTRACTOR');
    expect(map('ALTERNANCE')).toEqual(['INTERN', 'PART_TIME']);
  });

  it('falls back to the basin label without a town and leaves out what is unknown', () => {
    const bare = buildJobPosting(
      { ...offer, town: null, basinCode: 'AMIENS', company: { ...offer.company, website: null }, romeCode: null, expiresAt: null, skills: [] },
      { webUrl: 'https://x' },
    );
    expect((bare.jobLocation as { address: { addressLocality: string } }).address.addressLocality).toBe('Amiens');
    expect(bare.hiringOrganization).toEqual({ '@type': 'Organization', name: offer.company.name });
    expect(bare).not.toHaveProperty('occupationalCategory');
    expect(bare).not.toHaveProperty('validThrough');
    expect(bare).not.toHaveProperty('skills');
  });

  it('escapes HTML in descriptions', () => {
    expect(toHtml('<script>alert("x")</script>')).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  });
});
