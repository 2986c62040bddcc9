// Dutch: the source of truth for every interface string, visible and for screen readers.
export const nl = {
  appTitle: 'Kompasverkenner',
  tagline: 'Wie heeft hoeveel zeggenschap? Het Utrechtse Kompas voor zeggenschap naast het model van Peel en Maas.',
  skipToContent: 'Naar de inhoud',
  language: 'Taal',
  languageNames: { nl: 'Nederlands', en: 'English' },
  intro: {
    heading: 'Hoe lees je dit?',
    scale: 'Beide modellen staan op één schaal. Links beslist en bezit de gemeente alles, rechts doen inwoners het helemaal zelf.',
    utrecht: 'Bovenaan de 7 vormen van het Utrechtse kompas. Bij 5 vormen werken Utrechters en gemeente samen; de 2 buitenste vormen zijn geen samenwerking.',
    peel: 'Daaronder Peel en Maas. Daar is eigendom strikt verdeeld: de gemeente (publiek domein) of de gemeenschap (openbaar domein). Alleen type 2 en 3 zijn samenwerking.',
    difference: 'Het verschil: Utrecht kent gelijkwaardige samenwerking met gezamenlijk eigenaarschap. Die vorm ligt precies over de eigendomsgrens van Peel en Maas en heeft daar geen tegenhanger.',
    select: 'Kies een vorm of type voor uitleg, voorbeelden en bronnen.',
  },
  scale: {
    label: 'Schaal van zeggenschap',
    gemeenteEnd: 'Zeggenschap bij de gemeente',
    residentsEnd: 'Zeggenschap bij inwoners',
    collaboration: 'samenwerking',
    noCollaboration: 'geen samenwerking',
    line: 'Eigendomsgrens',
    lineExplained: 'Harde eigendomsgrens van Peel en Maas: links de gemeente, rechts de gemeenschap.',
    noCounterpart: 'Geen tegenhanger in Peel en Maas: gezamenlijk eigenaarschap ligt over de eigendomsgrens.',
    reconstructed: 'reconstructie',
    legendCollab: 'Samenwerkingsvorm',
    legendPole: 'Geen samenwerking (een van beide kanten alleen)',
    legendRecon: 'Reconstructie: geen bron bevestigt dit label of deze volgorde',
  },
  detail: {
    close: 'Sluiten',
    say: 'Zeggenschap',
    collaboration: 'Samenwerking?',
    yes: 'Ja, inwoners en gemeente werken samen',
    no: 'Nee, één kant doet het alleen',
    owner: 'Eigenaar',
    description: 'Wat is het?',
    examples: 'Voorbeelden',
    noExamples: 'Geen voorbeelden in de bronnen.',
    counterparts: (model: string) => `Tegenhanger in ${model}`,
    none: 'Geen',
    sources: 'Bronnen',
    provenance: 'Herkomst',
    aspects: { label: 'Naam', order: 'Plaats op de schaal', collaboration: 'Samenwerking of niet', counterparts: 'Tegenhanger' },
    confirmed: 'bevestigd door bron',
    reconstructed: 'reconstructie',
    reconstructionWhy: 'Geen bron bevestigt dit; zo hebben wij het ingevuld:',
    number: (n: number) => `Nummer ${n}`,
  },
  sources: {
    heading: 'Bronnen',
    intro: 'Alles in deze verkenner komt uit deze bronnen. Wat geen bron bevestigt, staat erbij als reconstructie.',
  },
  loadError: {
    heading: 'De inhoud kon niet worden geladen',
    body: 'Een van de gegevensbestanden is ongeldig. Meld dit aan de beheerder, met deze details:',
  },
  footer: 'Kompasverkenner is een onafhankelijke verkenning, geen publicatie van de gemeente Utrecht of Peel en Maas.',
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nl>;
