/**
 * Suggestions for the skills field (an HTML datalist): common skills per role family. The API has no skills
 * endpoint; it normalises whatever is typed (skill-normalise.ts), so these are hints, never a closed list.
 */
const BY_FAMILY: Record<string, string[]> = {
  DEV: [
    'JavaScript', 'TypeScript', 'React', 'Angular', 'Vue.js', 'Node.js', 'Java', 'Spring', 'Kotlin', 'Python',
    'Django', 'PHP', 'Symfony', 'Laravel', 'C#', '.NET', 'Go', 'Rust', 'SQL', 'PostgreSQL', 'MongoDB', 'HTML',
    'CSS', 'Swift', 'Flutter', 'React Native', 'Git', 'Tests automatisés', 'Accessibilité numérique', 'API REST',
  ],
  DEVOPS_SECURITY: [
    'Linux', 'Docker', 'Kubernetes', 'Terraform', 'Ansible', 'AWS', 'Azure', 'Google Cloud', 'CI/CD', 'GitLab CI',
    'GitHub Actions', 'Prometheus', 'Grafana', 'Réseaux', 'Windows Server', 'Active Directory', 'SIEM', 'SOC',
    'Pentest', 'ISO 27001', 'EBIOS RM', 'Cryptographie', 'Bash', 'Python', 'Sécurité cloud',
  ],
  SALES: [
    'Prospection', 'Négociation', 'Account management', 'Customer success', 'CRM', 'Salesforce', 'HubSpot',
    'SaaS', 'Avant-vente', 'Réponse aux appels d’offres', 'Marketing digital', 'LinkedIn Sales Navigator',
    'Anglais commercial', 'Gestion de grands comptes', 'Business development',
  ],
};

const ALL = [...new Set(Object.values(BY_FAMILY).flat())].sort((a, b) => a.localeCompare(b, 'fr'));

/** Skills of the chosen families first, then the rest, without duplicates. */
export function skillSuggestions(roleFamilies: string[]): string[] {
  const first = roleFamilies.flatMap((family) => BY_FAMILY[family] ?? []);
  return [...new Set([...first, ...ALL])];
}

/** Frequent ISO 639-1 codes, offered in the language field's datalist. */
export const COMMON_LANGUAGES = ['fr', 'en', 'nl', 'de', 'es', 'it', 'pt', 'ar', 'pl', 'ro', 'tr', 'zh', 'ru', 'uk', 'ja'];
