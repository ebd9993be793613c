/** French first and last names for demo people (Hauts-de-France flavour: Flemish and Polish roots too). */
export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Julie', 'Laura', 'Marie', 'Pauline', 'Lucie',
  'Clara', 'Anaïs', 'Océane', 'Mathilde', 'Justine', 'Charlotte', 'Amandine', 'Élodie', 'Aurélie', 'Émilie',
  'Céline', 'Nadia', 'Fatima', 'Yasmine', 'Sophie', 'Nathalie', 'Isabelle', 'Sandrine', 'Valérie', 'Audrey',
  'Margaux', 'Jade', 'Louise', 'Zoé', 'Alice', 'Lina', 'Salomé', 'Anissa', 'Maëlle', 'Héloïse',
];

export const MALE_FIRST_NAMES: readonly string[] = [
  'Thomas', 'Lucas', 'Hugo', 'Maxime', 'Nicolas', 'Julien', 'Antoine', 'Alexandre', 'Kévin', 'Romain', 'Quentin',
  'Mathieu', 'Pierre', 'Baptiste', 'Clément', 'Théo', 'Louis', 'Arthur', 'Paul', 'Guillaume', 'Benjamin',
  'Florian', 'Sébastien', 'Jérôme', 'Christophe', 'Olivier', 'Stéphane', 'Karim', 'Mehdi', 'Yanis', 'Bilal',
  'Samir', 'Mohamed', 'Jordan', 'Dylan', 'Enzo', 'Nathan', 'Adrien', 'Vincent', 'Franck', 'Gaëtan', 'Loïc',
];

export const LAST_NAMES: readonly string[] = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel',
  'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure',
  'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Perrin', 'Morin', 'Mathieu', 'Clément',
  'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Delattre', 'Delcroix',
  'Vandenberghe', 'Dewitte', 'Lemaire', 'Leclercq', 'Desmet', 'Vasseur', 'Delannoy', 'Carpentier', 'Declercq',
  'Lecomte', 'Duhamel', 'Caron', 'Delmotte', 'Bouchez', 'Lemoine', 'Benali', 'Haddad', 'Mansouri', 'Kaddour',
  'Nguyen', 'Da Silva', 'Kowalski', 'Nowak', 'Lewandowski', 'Wojcik', 'Van Damme', 'Deschamps', 'Hennebelle',
];
