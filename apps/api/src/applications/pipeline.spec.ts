import { APPLICATION_STATUSES, type ApplicationStatus } from '@talents/shared';
import { checkTransition, nextStatuses, type PipelineActor } from './pipeline';

/** The rules written out by hand, independently of pipeline.ts: the allowed targets per actor and status. */
const ALLOWED: Record<PipelineActor, Record<ApplicationStatus, ApplicationStatus[]>> = {
  RECRUITER: {
    APPLIED: ['SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'],
    SHORTLISTED: ['INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'],
    INTERVIEW: ['OFFER', 'HIRED', 'REJECTED'],
    OFFER: ['HIRED', 'REJECTED'],
    HIRED: [],
    REJECTED: [],
    WITHDRAWN: [],
  },
  CANDIDATE: {
    APPLIED: ['WITHDRAWN'],
    SHORTLISTED: ['WITHDRAWN'],
    INTERVIEW: ['WITHDRAWN'],
    OFFER: ['WITHDRAWN'],
    HIRED: [],
    REJECTED: [],
    WITHDRAWN: [],
  },
};

/** Statuses an actor may never set, whatever the current one (403 rather than 409). */
const FORBIDDEN_TARGETS: Record<PipelineActor, ApplicationStatus[]> = {
  RECRUITER: ['WITHDRAWN'],
  CANDIDATE: ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'],
};

const cases = (['RECRUITER', 'CANDIDATE'] as const).flatMap((actor) =>
  APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [actor, from, to] as const)),
);

describe('application pipeline', () => {
  it.each(cases)('%s: %s → %s', (actor, from, to) => {
    const verdict = checkTransition(from, to, actor);
    if (ALLOWED[actor][from].includes(to)) expect(verdict).toEqual({ allowed: true });
    else if (FORBIDDEN_TARGETS[actor].includes(to)) expect(verdict).toEqual({ allowed: false, reason: 'forbidden' });
    else expect(verdict).toEqual({ allowed: false, reason: 'illegal' });
  });

  it('covers all 98 (actor, from, to) triples', () => {
    expect(cases).toHaveLength(2 * 7 * 7);
  });

  it('never moves backwards nor out of a final status', () => {
    for (const from of ['HIRED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(nextStatuses(from, 'RECRUITER', APPLICATION_STATUSES)).toEqual([]);
      expect(nextStatuses(from, 'CANDIDATE', APPLICATION_STATUSES)).toEqual([]);
    }
    expect(checkTransition('OFFER', 'SHORTLISTED', 'RECRUITER')).toEqual({ allowed: false, reason: 'illegal' });
    expect(checkTransition('INTERVIEW', 'INTERVIEW', 'RECRUITER')).toEqual({ allowed: false, reason: 'illegal' });
  });
});
