// Dutch: the source of truth for every interface string, visible and for screen readers. This is
// the core, what the first screen shows and what start-up code may say before anything else has
// loaded; the rest (the board, the workshop tools, the route dialog, the detail panel) is in
// nl-later.ts, which loads with the code that shows it (loadLaterText in i18n.svelte.ts). The
// Messages type (messages.ts) is both together.
export const nl = {
  appTitle: 'Kompasverkenner',
  tagline:
    'Wie heeft hoeveel zeggenschap? Het Utrechtse Kompas voor zeggenschap naast het model van Peel en Maas.',
  skipToContent: 'Naar de inhoud',
  sharedStorage:
    'Deze verkenner is alleen te bekijken: een andere Kompasverkenner op deze pagina bewaart al zijn bord in deze browser. Geef elk element een eigen id-attribuut om ze allebei te bewerken.',
  language: 'Taal',
  languageNames: { nl: 'Nederlands', en: 'English' },
  intro: {
    heading: 'Hoe lees je dit?',
    // Each placement sentence in two layouts: wide screens run the scale from left to right, phones
    // from bottom to top with the two models side by side.
    scale: {
      wide: 'Beide modellen staan op één schaal. Links beslist en bezit de gemeente alles, rechts doen inwoners het helemaal zelf.',
      narrow:
        'Beide modellen staan op één schaal. Onderaan beslist en bezit de gemeente alles, bovenaan doen inwoners het helemaal zelf.',
    },
    utrecht: {
      wide: 'Bovenaan de 7 vormen van het Utrechtse kompas. Bij 5 vormen werken Utrechters en gemeente samen; de 2 buitenste vormen zijn geen samenwerking.',
      narrow:
        'Links de 7 vormen van het Utrechtse kompas. Bij 5 vormen werken Utrechters en gemeente samen; de 2 buitenste vormen zijn geen samenwerking.',
    },
    peel: {
      wide: 'Daaronder Peel en Maas. Daar is eigendom strikt verdeeld: de gemeente (publiek domein) of de gemeenschap (openbaar domein). Alleen type 2 en 3 zijn samenwerking.',
      narrow:
        'Rechts Peel en Maas. Daar is eigendom strikt verdeeld: de gemeente (publiek domein) of de gemeenschap (openbaar domein). Alleen type 2 en 3 zijn samenwerking.',
    },
    difference:
      'Het verschil: Utrecht kent gelijkwaardige samenwerking met gezamenlijk eigenaarschap. Die vorm ligt precies over de eigendomsgrens van Peel en Maas en heeft daar geen tegenhanger.',
    cards: {
      wide: 'Een kaart die je plaatst, komt tussen de twee modellen: onder zijn Utrechtse vorm en boven zijn type in Peel en Maas.',
      narrow:
        'Een kaart die je plaatst, komt onder zijn Utrechtse vorm, naast zijn type in Peel en Maas.',
    },
    select: 'Kies een vorm of type voor uitleg, voorbeelden en bronnen.',
    route: 'Heb je zelf een initiatief? Beantwoord een paar vragen en zie waar het past:',
  },
  scale: {
    label: 'Schaal van zeggenschap',
    gemeenteEnd: 'Zeggenschap bij de gemeente',
    residentsEnd: 'Zeggenschap bij inwoners',
    collaboration: 'samenwerking',
    noCollaboration: 'geen samenwerking',
    line: 'Eigendomsgrens',
    lineExplained:
      'Harde eigendomsgrens van Peel en Maas: links de gemeente, rechts de gemeenschap.',
    noCounterpart:
      'Geen tegenhanger in Peel en Maas: gezamenlijk eigenaarschap ligt over de eigendomsgrens.',
    legendCollab: 'Samenwerkingsvorm',
    legendPole: 'Geen samenwerking (een van beide kanten alleen)',
    legendAcross: 'Ligt over de eigendomsgrens: geen tegenhanger in Peel en Maas',
    legendStatus:
      'Het label op een vak zegt hoe zeker de naam is: bron (staat in een bron), afgeleid (volgt uit een bron) of reconstructie (eigen invulling, geen bron zegt dit)',
  },
  // The button that opens the route dialog; the dialog's own text is in nl-later.ts.
  route: {
    open: 'Waar past mijn initiatief?',
  },
  sourcing: {
    status: { stated: 'bron', inferred: 'afgeleid', reconstructed: 'reconstructie' },
    statusLong: {
      stated: 'Staat in een bron',
      inferred: 'Afgeleid uit een bron',
      reconstructed: 'Reconstructie: eigen invulling, geen bron zegt dit',
    },
    by: {
      college: 'het college van B&W',
      councillors: 'de raadsleden van EenUtrecht, Volt en CDA',
    },
    answer: (n: number) => `antwoord ${n}`,
    questions: 'in hun vragen',
    letter: 'raadsbrief 2025-36',
    summary: (n: number) => `Van ${n} uitspraken:`,
    counts: {
      stated: (n: number) => `${n} uit een bron`,
      inferred: (n: number) => `${n} afgeleid`,
      reconstructed: (n: number) => `${n} reconstructie (eigen invulling)`,
    },
    about: (model: string) => `Wat de bronnen zeggen over ${model}`,
    proposalTag: 'voorstel',
    nameIs: 'naam:',
    kind: { running: 'initiatief', kind: 'soort initiatief', proposal: 'voorstel, loopt nog niet' },
  },
  // Storage notices show from start-up (Notices.svelte), before the board's code has loaded.
  board: {
    storage: {
      unavailable:
        'Deze browser bewaart het bord niet (opslag staat uit). Je kunt gewoon verder werken; sla je bord op of deel het voordat je de pagina sluit.',
      quota:
        'De opslag van deze browser is vol: je laatste wijzigingen zijn niet automatisch bewaard.',
      setAside:
        'Een eerder bewaard bord kon niet worden geopend (beschadigd of van een nieuwere versie). Het is apart gezet, niet verwijderd.',
      setAsideFailed:
        'Een eerder bewaard bord kon niet worden geopend. Om het niet te overschrijven bewaren we niets automatisch.',
      dismiss: 'Melding sluiten',
    },
  },
  // A file may be dragged over the page before the board's code has loaded.
  workshop: {
    dropHint: 'Laat het bestand los om het te openen',
  },
  // Embedding on another site: what only an embed shows (its dialog is in nl-later.ts).
  embed: {
    sources: (n: number) => `Bronnen (${n})`,
    openApp: 'Zelf initiatieven plaatsen? Open de Kompasverkenner',
    newTab: '(opent in een nieuw tabblad)',
  },
  sources: {
    heading: 'Bronnen',
    intro:
      'Alles in deze verkenner komt uit deze bronnen. Wat geen bron bevestigt, staat erbij als reconstructie.',
  },
  loadError: {
    heading: 'De inhoud kon niet worden geladen',
    body: 'Een van de gegevensbestanden is ongeldig. Meld dit aan de beheerder, met deze details:',
  },
  footer:
    'Kompasverkenner is een onafhankelijke verkenning, geen publicatie van de gemeente Utrecht of Peel en Maas.',
};
