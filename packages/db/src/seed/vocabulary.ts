/**
 * Skill vocabulary and job titles per role family. The skills double as the starting vocabulary of the
 * skills table in production (autocomplete), so they are inserted with the reference data.
 */
export const SKILLS_BY_FAMILY: Readonly<Record<string, readonly string[]>> = {
  DEV: [
    'TypeScript', 'JavaScript', 'React', 'Angular', 'Vue.js', 'Node.js', 'NestJS', 'Java', 'Spring Boot',
    'Kotlin', 'Python', 'Django', 'PHP', 'Symfony', 'C#', '.NET', 'Go', 'Rust', 'SQL', 'PostgreSQL',
    'MongoDB', 'GraphQL', 'API REST', 'HTML / CSS', 'Flutter', 'Swift', 'Tests automatisés', 'Accessibilité (RGAA)',
    'Apache Spark', 'Airflow',
  ],
  DEVOPS_SECURITY: [
    'Docker', 'Kubernetes', 'Terraform', 'Ansible', 'AWS', 'Azure', 'Google Cloud', 'Linux', 'CI/CD',
    'GitLab CI', 'Prometheus', 'Grafana', 'Sécurité réseau', 'SIEM', 'Pentest', 'ISO 27001', 'EBIOS RM',
    'Pare-feu', 'Active Directory', 'Bash', 'Réponse à incident', 'OWASP', 'Cryptographie',
  ],
  SALES: [
    'Prospection', 'Négociation', 'CRM', 'Salesforce', 'HubSpot', 'SaaS', 'Account management', 'Avant-vente',
    'Closing', 'Customer success', 'LinkedIn Sales Navigator', 'Marketing digital', 'Grands comptes',
    'Propositions commerciales', 'Marchés publics',
  ],
};

/** Skills every family uses; stored without a family. */
export const CROSS_SKILLS: readonly string[] = ['Git', 'Agile / Scrum', 'Gestion de projet', 'Anglais technique'];

export const TITLES_BY_FAMILY: Readonly<Record<string, readonly string[]>> = {
  DEV: [
    'Développeur full-stack', 'Développeur front-end', 'Développeur back-end', 'Développeur mobile',
    'Data engineer', 'Développeur Java', 'Développeur TypeScript', 'Lead développeur',
  ],
  DEVOPS_SECURITY: [
    'Ingénieur DevOps', 'SRE', 'Administrateur systèmes et réseaux', 'Analyste SOC', 'Pentester', 'RSSI',
    'Ingénieur cloud', 'Ingénieur sécurité',
  ],
  SALES: [
    'Digital business developer', 'Ingénieur commercial IT', 'Account executive SaaS', 'Customer success manager',
    'Avant-vente', 'Business developer junior',
  ],
};

/** Programme names by training route, for candidates' training entries. */
export const PROGRAMMES: Readonly<Record<string, readonly string[]>> = {
  HIGHER_EDUCATION: [
    'Master informatique', 'BUT Informatique', 'Licence professionnelle DevOps', 'Diplôme d\'ingénieur',
    'Master cybersécurité', 'Master MIAGE', 'BTS SIO', 'Master commerce et numérique',
  ],
  GEN_BOOTCAMP: [
    'Titre pro Développeur web et web mobile', 'Concepteur développeur d\'applications',
    'Business developer SaaS', 'Administrateur d\'infrastructures sécurisées', 'Technicien supérieur systèmes et réseaux',
  ],
  PROFESSIONAL_TRAINING: [
    'Reconversion développeur', 'Parcours cybersécurité', 'Parcours commercial du numérique', 'Certification AWS',
  ],
  SELF_TAUGHT: ['Apprentissage autonome (MOOC, projets personnels)'],
};

export const HEADLINE_HOOKS: Readonly<Record<string, readonly string[]>> = {
  DEV: ['produits web accessibles', 'API robustes', 'applications mobiles', 'pipelines de données', 'code testé'],
  DEVOPS_SECURITY: ['infrastructures fiables', 'cloud souverain', 'sécurité opérationnelle', 'automatisation', 'SOC 24/7'],
  SALES: ['SaaS B2B', 'grands comptes', 'cycle de vente complet', 'développement commercial', 'fidélisation client'],
};
