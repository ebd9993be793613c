/**
 * A few towns per employment basin with approximate coordinates, so profiles and offers spread over a
 * basin instead of all sitting on its centre (distance filters then have something to filter).
 */
export interface Town {
  name: string;
  lat: number;
  lon: number;
}

export const TOWNS_BY_BASIN: Readonly<Record<string, readonly Town[]>> = {
  LILLE: [
    { name: 'Lille', lat: 50.6292, lon: 3.0573 }, { name: 'Villeneuve-d\'Ascq', lat: 50.6233, lon: 3.145 },
    { name: 'Marcq-en-Barœul', lat: 50.6711, lon: 3.0972 }, { name: 'Lambersart', lat: 50.65, lon: 3.025 },
    { name: 'Loos', lat: 50.6128, lon: 3.0144 }, { name: 'Lomme', lat: 50.6431, lon: 2.9872 },
    { name: 'Seclin', lat: 50.5486, lon: 3.0294 }, { name: 'Ronchin', lat: 50.6053, lon: 3.0906 },
  ],
  ROUBAIX_TOURCOING: [
    { name: 'Roubaix', lat: 50.6942, lon: 3.1746 }, { name: 'Tourcoing', lat: 50.7239, lon: 3.1612 },
    { name: 'Wattrelos', lat: 50.7017, lon: 3.217 }, { name: 'Croix', lat: 50.6786, lon: 3.1497 },
    { name: 'Wasquehal', lat: 50.6686, lon: 3.1308 },
  ],
  AMIENS: [
    { name: 'Amiens', lat: 49.8941, lon: 2.2958 }, { name: 'Longueau', lat: 49.8717, lon: 2.3575 },
    { name: 'Albert', lat: 50.0006, lon: 2.6519 },
  ],
  SANTERRE_OISE_SUD_OISE: [
    { name: 'Creil', lat: 49.2597, lon: 2.4769 }, { name: 'Senlis', lat: 49.2072, lon: 2.5867 },
    { name: 'Chantilly', lat: 49.1939, lon: 2.4711 }, { name: 'Montdidier', lat: 49.6478, lon: 2.5697 },
  ],
  COMPIEGNE: [
    { name: 'Compiègne', lat: 49.4179, lon: 2.8261 }, { name: 'Margny-lès-Compiègne', lat: 49.4261, lon: 2.8206 },
    { name: 'Noyon', lat: 49.5817, lon: 2.9992 },
  ],
  LENS: [
    { name: 'Lens', lat: 50.432, lon: 2.8333 }, { name: 'Liévin', lat: 50.4228, lon: 2.7786 },
    { name: 'Hénin-Beaumont', lat: 50.4214, lon: 2.9508 }, { name: 'Carvin', lat: 50.4925, lon: 2.9581 },
  ],
  BASSIN_MINIER_OUEST: [
    { name: 'Béthune', lat: 50.5303, lon: 2.6408 }, { name: 'Bruay-la-Buissière', lat: 50.4836, lon: 2.5497 },
    { name: 'Lillers', lat: 50.5614, lon: 2.4822 },
  ],
  DUNKERQUE: [
    { name: 'Dunkerque', lat: 51.0344, lon: 2.3768 }, { name: 'Grande-Synthe', lat: 51.0139, lon: 2.3028 },
    { name: 'Gravelines', lat: 50.9867, lon: 2.1281 },
  ],
  VALENCIENNES: [
    { name: 'Valenciennes', lat: 50.357, lon: 3.5235 }, { name: 'Anzin', lat: 50.3722, lon: 3.505 },
    { name: 'Saint-Amand-les-Eaux', lat: 50.4478, lon: 3.4281 }, { name: 'Denain', lat: 50.3292, lon: 3.3958 },
  ],
  BEAUVAIS: [{ name: 'Beauvais', lat: 49.4295, lon: 2.0807 }, { name: 'Clermont', lat: 49.3786, lon: 2.4125 }],
  DOUAI: [
    { name: 'Douai', lat: 50.3714, lon: 3.08 }, { name: 'Sin-le-Noble', lat: 50.3617, lon: 3.1131 },
    { name: 'Somain', lat: 50.3578, lon: 3.2811 },
  ],
  ARRAS: [{ name: 'Arras', lat: 50.291, lon: 2.7775 }, { name: 'Saint-Laurent-Blangy', lat: 50.2944, lon: 2.8044 }],
  BOULOGNE_SUR_MER: [{ name: 'Boulogne-sur-Mer', lat: 50.7264, lon: 1.6147 }, { name: 'Outreau', lat: 50.7053, lon: 1.5939 }],
  CALAIS: [{ name: 'Calais', lat: 50.9513, lon: 1.8587 }, { name: 'Coquelles', lat: 50.9281, lon: 1.8011 }],
  SAINT_QUENTIN: [{ name: 'Saint-Quentin', lat: 49.8465, lon: 3.2876 }, { name: 'Gauchy', lat: 49.8253, lon: 3.275 }],
  MAUBEUGE: [{ name: 'Maubeuge', lat: 50.2775, lon: 3.9734 }, { name: 'Jeumont', lat: 50.2944, lon: 4.1017 }],
  OTHER_HDF: [
    { name: 'Laon', lat: 49.5641, lon: 3.6199 }, { name: 'Soissons', lat: 49.3817, lon: 3.3236 },
    { name: 'Abbeville', lat: 50.1054, lon: 1.8332 }, { name: 'Saint-Omer', lat: 50.75, lon: 2.2522 },
    { name: 'Cambrai', lat: 50.1759, lon: 3.2345 }, { name: 'Château-Thierry', lat: 49.0464, lon: 3.403 },
  ],
};
