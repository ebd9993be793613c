/**
 * Persistence of candidate profiles. A replace deletes and recreates the child rows (role families, skills,
 * trainings, languages, links) inside the caller's transaction, so a profile is never half updated.
 */
import { Injectable } from '@nestjs/common';
import type { DbClient, Prisma } from '@talents/db';
import { PrismaService } from '../common/prisma/prisma.service';
import { REVEALING_APPLICATION, REVEALING_CONTACT_REQUEST } from '../applications/candidate-disclosure';
import { PROFILE_INCLUDE, type ProfileRow } from './profile-mapper';
import type { ProfileWrite } from './profile-write';
import type { NormalisedSkill } from '@talents/db';

export type Relationship = 'CONTACT_ACCEPTED' | 'APPLIED';

@Injectable()
export class CandidatesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByUserId(userId: string, db: DbClient = this.prisma): Promise<ProfileRow | null> {
    return db.candidateProfile.findUnique({ where: { userId }, include: PROFILE_INCLUDE });
  }

  findById(id: string): Promise<ProfileRow | null> {
    return this.prisma.candidateProfile.findUnique({ where: { id }, include: PROFILE_INCLUDE });
  }

  userEmail(userId: string): Promise<string | null> {
    return this.prisma.user.findUnique({ where: { id: userId }, select: { email: true } }).then((u) => u?.email ?? null);
  }

  /** Codes among `codes` that are not an active role family. */
  async unknownRoleFamilies(codes: string[]): Promise<string[]> {
    const rows = await this.prisma.roleFamily.findMany({ where: { code: { in: codes }, active: true }, select: { code: true } });
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  basin(code: string) {
    return this.prisma.basin.findUnique({ where: { code }, select: { code: true, lat: true, lon: true } });
  }

  /**
   * Why a recruiter of one of `companyIds` may see this candidate in full: an accepted contact request, or a
   * live application (withdrawn ones no longer count) to one of those companies' offers.
   */
  async relationship(candidateId: string, companyIds: string[]): Promise<Relationship | null> {
    if (companyIds.length === 0) return null;
    const contact = await this.prisma.contactRequest.findFirst({
      where: { ...REVEALING_CONTACT_REQUEST, candidateId, companyId: { in: companyIds } },
      select: { id: true },
    });
    if (contact) return 'CONTACT_ACCEPTED';
    const application = await this.prisma.application.findFirst({
      where: { ...REVEALING_APPLICATION, candidateId, offer: { companyId: { in: companyIds } } },
      select: { id: true },
    });
    return application ? 'APPLIED' : null;
  }

  /** Creates the profile or replaces every field and child row of it; returns the profile id. */
  async replace(tx: Prisma.TransactionClient, userId: string, data: ProfileWrite, skills: NormalisedSkill[]): Promise<string> {
    const scalars = {
      firstName: data.firstName,
      lastName: data.lastName,
      phone: data.phone,
      headline: data.headline,
      bio: data.bio,
      yearsOfExperience: data.yearsOfExperience,
      track: data.track,
      basinCode: data.basinCode,
      town: data.town,
      lat: data.lat,
      lon: data.lon,
      mobilityRadiusKm: data.mobilityRadiusKm,
      remotePreference: data.remotePreference,
      contractTypes: data.contractTypes,
      availableFrom: data.availableFrom ? new Date(`${data.availableFrom}T00:00:00Z`) : null,
      salaryMin: data.salaryMin,
      salaryMax: data.salaryMax,
      gender: data.gender,
      visibility: data.visibility,
    };
    const profile = await tx.candidateProfile.upsert({
      where: { userId },
      create: { userId, ...scalars, consentAt: new Date() },
      update: scalars,
      select: { id: true },
    });
    const candidateId = profile.id;
    // Sequential on purpose: one transaction is one connection, and statements on it run one at a time anyway.
    await tx.candidateRoleFamily.deleteMany({ where: { candidateId } });
    await tx.candidateSkill.deleteMany({ where: { candidateId } });
    await tx.training.deleteMany({ where: { candidateId } });
    await tx.candidateLanguage.deleteMany({ where: { candidateId } });
    await tx.candidateLink.deleteMany({ where: { candidateId } });
    const skillIds = await this.resolveSkills(tx, skills);
    await tx.candidateRoleFamily.createMany({ data: data.roleFamilies.map((roleFamilyCode) => ({ candidateId, roleFamilyCode })) });
    await tx.candidateSkill.createMany({ data: skills.map((s) => ({ candidateId, skillId: skillIds.get(s.slug)!, level: s.level })) });
    await tx.training.createMany({ data: data.trainings.map((t) => ({ candidateId, ...t })) });
    await tx.candidateLanguage.createMany({ data: data.languages.map((l) => ({ candidateId, ...l })) });
    await tx.candidateLink.createMany({ data: data.links.map((l) => ({ candidateId, ...l })) });
    return candidateId;
  }

  /** Skill ids by slug; unknown skills join the shared vocabulary (ON CONFLICT DO NOTHING for concurrent saves). */
  private async resolveSkills(tx: Prisma.TransactionClient, skills: NormalisedSkill[]): Promise<Map<string, string>> {
    if (skills.length === 0) return new Map();
    await tx.skill.createMany({ data: skills.map((s) => ({ name: s.name, slug: s.slug })), skipDuplicates: true });
    const rows = await tx.skill.findMany({ where: { slug: { in: skills.map((s) => s.slug) } }, select: { id: true, slug: true } });
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  setCv(tx: Prisma.TransactionClient, profileId: string, cv: { key: string; name: string; size: number; sha256: string }) {
    return tx.candidateProfile.update({
      where: { id: profileId },
      data: { cvStorageKey: cv.key, cvOriginalName: cv.name, cvSizeBytes: cv.size, cvSha256: cv.sha256, cvUploadedAt: new Date() },
    });
  }
}
