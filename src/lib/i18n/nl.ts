// Dutch: the source of truth for every interface string, visible and for screen readers.
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
  route: {
    byOwner: (type: string) =>
      `In Peel en Maas telt wie eigenaar is: daar hoort het bij ${type}. Op de ene schaal staat de kaart bij het type hierboven.`,
    waitingShort: 'Nog niet: beantwoord de eerste twee vragen',
    open: 'Waar past mijn initiatief?',
    openFor: 'Waar past dit? (vragen)',
    heading: 'Waar past mijn initiatief?',
    headingFor: (name: string) => `Waar past ${name}?`,
    name: 'Naam van je initiatief',
    skip: 'Sla deze vraag over',
    result: 'Hier past het',
    waiting: 'Beantwoord de eerste twee vragen: dan zie je waar je initiatief past.',
    meaning: 'Wat betekent dit voor jullie?',
    examples: 'Lijkt op',
    place: 'Zet op het bord',
    placeCard: 'Zet hier op het bord',
    broken: 'De vragen konden niet worden geladen. Plaats je initiatief zelf op de schaal.',
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
    aspects: {
      label: 'Naam',
      order: 'Plaats op de schaal',
      counterparts: 'Tegenhanger',
    },
    number: (n: number) => `Nummer ${n}`,
  },
  board: {
    intro:
      'Kies een kaart en zet hem bij een vorm: via het menu van de kaart, met de pijltjestoetsen (Enter plaatst, Escape annuleert), door te slepen, of door de kaart en daarna een vorm aan te tikken.',
    laneCount: (n: number) => (n === 1 ? '1 kaart' : `${n} kaarten`),
    deck: 'Stapel',
    deckEmpty: 'Alle kaarten liggen op het bord.',
    filter: 'Toon',
    filters: { all: 'Alle', utrecht: 'Utrecht', 'peel-en-maas': 'Peel en Maas', own: 'Eigen' },
    own: 'eigen',
    picked: 'opgepakt: tik op een vorm',
    moving: (form: string) => `naar ${form}`,
    typeNamed: (model: string, type: string) => `${model}: ${type}`,
    noType: (model: string) => `Geen tegenhanger in ${model}: op de eigendomsgrens`,
    noTypeShort: (model: string) => `Geen tegenhanger in ${model}`,
    dropHere: 'Plaats hier',
    toast: 'Laatste wijziging',
    pileShow: 'Stapel tonen',
    pileHide: 'Stapel verbergen',
    pickedNote: (name: string) => `${name} opgepakt: tik op een vorm op de schaal`,
    placedAt: (form: string, n: number) =>
      n === 1 ? `1 kaart bij ${form}` : `${n} kaarten bij ${form}`,
    placeHere: (form: string) => `Plaats hier: ${form}`,
    cardHelp: 'Enter opent het menu. Pijltjes verplaatsen, Shift+pijltje verplaatst fijn.',
    menu: {
      label: (name: string) => `Plaats ${name} bij…`,
      back: 'Terug naar de stapel',
      reveal: 'Toon referentie',
      hide: 'Verberg referentie',
      edit: 'Bewerken',
      delete: 'Verwijderen',
    },
    announce: {
      placed: (name: string, form: string, type: string) => `${name} → ${form} · ${type}`,
      pending: (name: string, form: string, type: string) =>
        `${name}: ${form} · ${type}. Enter om te plaatsen, Escape om te annuleren.`,
      cancelled: (name: string) => `${name}: verplaatsen geannuleerd`,
      removed: (name: string) => `${name} ligt weer op de stapel`,
      picked: (name: string) =>
        `${name} opgepakt. Kies een vorm op de schaal, of een vorm in het menu.`,
      added: (name: string) => `${name} toegevoegd aan de stapel`,
      edited: (name: string) => `${name} bijgewerkt`,
      deleted: (name: string) => `${name} verwijderd`,
      reset: 'Bord leeggemaakt',
      otherTab: (n: number) =>
        n === 1
          ? 'Een ander tabblad of venster heeft dit bord gewijzigd: 1 wijziging overgenomen'
          : `Een ander tabblad of venster heeft dit bord gewijzigd: ${n} wijzigingen overgenomen`,
      resetCount: (n: number) =>
        n === 1
          ? 'Bord leeggemaakt: 1 kaart terug op de stapel'
          : `Bord leeggemaakt: ${n} kaarten terug op de stapel`,
      loaded: 'Bord geopend',
      undone: (what: string) => `Ongedaan gemaakt: ${what}`,
      redone: (what: string) => `Opnieuw gedaan: ${what}`,
      nothingToUndo: 'Er is niets om ongedaan te maken',
      nothingToRedo: 'Er is niets om opnieuw te doen',
      revealedAll: 'Alle referenties zichtbaar',
      hiddenAll: 'Referenties verborgen',
    },
    toolbar: {
      label: 'Bord',
      undo: 'Ongedaan maken',
      redo: 'Opnieuw',
      revealAll: 'Referenties tonen',
      reset: 'Bord leegmaken',
      table: 'Tabelweergave',
    },
    form: {
      heading: 'Eigen initiatief toevoegen',
      editHeading: (name: string) => `Bewerk „${name}”`,
      name: 'Naam',
      description: 'Beschrijving (niet verplicht)',
      add: 'Toevoegen',
      save: 'Opslaan',
      cancel: 'Annuleren',
      remaining: (n: number) => `nog ${n} tekens`,
      errors: {
        'name-required': 'Geef het initiatief een naam.',
        'name-invisible':
          'De naam bestaat alleen uit onzichtbare tekens. Geef het initiatief een naam die je kunt lezen.',
        'name-bidi':
          'De naam bevatte onzichtbare tekens die de leesrichting omdraaien. Die zijn weggehaald: kijk de naam na en probeer het opnieuw.',
        'name-too-long': 'De naam is te lang.',
        'description-too-long': 'De beschrijving is te lang.',
      },
    },
    reveal: {
      reference: 'Referentie',
      same: 'Zelfde vorm als de referentie',
      differs: 'Wijkt af van de referentie',
      reason: 'Waarom',
    },
    info: {
      open: 'Over dit initiatief',
      kind: 'Soort',
      noDescription: 'geen beschrijving',
      own: 'Een eigen initiatief van deze groep: het staat niet in de bronnen en heeft geen referentie.',
      place: 'Plaats',
      board: 'Op het bord',
      notPlaced: 'nog niet geplaatst',
      hidden: 'nog verborgen',
      sources: 'Bronnen',
      newTab: '(opent in een nieuw tabblad)',
    },
    table: {
      caption: 'Alle initiatieven als tabel',
      name: 'Initiatief',
      own: 'Jouw vorm',
      type: 'Peel en Maas',
      reference: 'Referentie',
      notPlaced: 'niet geplaatst',
      hidden: 'verborgen',
    },
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
  workshop: {
    share: 'Delen',
    save: 'Opslaan als bestand',
    open: 'Bestand openen…',
    csv: 'CSV (spreadsheet)',
    present: 'Presentatie',
    stopPresent: 'Presentatie stoppen',
    shortcuts: 'Sneltoetsen',
    close: 'Sluiten',
    embed: 'Insluiten…',
    compare: 'Vergelijken…',
    shareLink: 'Deellink en QR-code…',
    file: 'Bestand',
    more: 'Meer',
    shareDialog: {
      heading: 'Bord delen',
      intro:
        'De link bevat het hele bord. Hij gaat niet langs een server: wie de link heeft, ziet het bord.',
      viewOnly: 'Alleen bekijken (de ontvanger kan niets veranderen)',
      link: 'Deellink',
      copy: 'Kopieer link',
      copied: 'Link gekopieerd',
      copyFailed: 'Kopiëren lukte niet: selecteer de link en kopieer hem zelf.',
      qr: 'QR-code van de deellink',
      qrPng: 'Download QR als PNG',
      qrSvg: 'Download QR als SVG',
      tooLong: 'Dit bord is te groot voor een link. Sla het op als bestand en deel dat.',
    },
    conflict: {
      heading: 'Een ander bord openen?',
      body: (source: string) =>
        `Je opent ${source}, maar in deze browser staat al ander werk. Wat wil je doen?`,
      fromLink: 'een gedeeld bord',
      fromFile: (name: string) => `het bestand „${name}”`,
      replace: 'Open het nieuwe bord (mijn bord kan terug met Ongedaan maken)',
      replaceView:
        'Bekijk het gedeelde bord (mijn bord komt terug met Sluit weergave; het is nergens anders bewaard)',
      keep: 'Houd mijn bord',
      copy: 'Open het als kopie (mijn bord blijft apart bewaard)',
    },
    viewing: 'Je bekijkt een gedeeld bord. Je kunt niets veranderen.',
    editCopy: 'Bewerk een kopie',
    closeView: 'Sluit weergave',
    viewClosed: 'Weergave gesloten: je eigen bord is terug',
    copyNote: 'Je werkt in een kopie. Je eigen bord staat apart bewaard in deze browser.',
    opened: (source: string) => `Geopend: ${source}`,
    saved: (name: string) => `Opgeslagen als ${name}`,
    exported: (name: string) => `Geëxporteerd als ${name}`,
    dropped: (n: number) =>
      `${n} plaatsing(en) overgeslagen: die initiatieven kent deze versie niet.`,
    dropHint: 'Laat het bestand los om het te openen',
    openError: (source: string, reason: string) =>
      `${source} kon niet worden geopend: ${reason} Je bord is niet veranderd.`,
    linkSource: 'De link',
    // Offline before the decoders were cached: what to do about it.
    codecMissing:
      'het onderdeel dat het opent kon niet worden geladen. Laad de pagina opnieuw en probeer het nog eens.',
    // A link cut off when it was copied: what to do about it, not only what is wrong.
    linkCut:
      'hij is afgebroken of beschadigd, zodat er geen volledig bord in staat. Kopieer de hele link opnieuw.',
    unnamed: (n: number) => `Naamloos initiatief ${n}`,
    renamed: (n: number) =>
      n === 1
        ? '1 naam bestond alleen uit onzichtbare tekens en heet nu „Naamloos initiatief”.'
        : `${n} namen bestonden alleen uit onzichtbare tekens en heten nu „Naamloos initiatief”.`,
    errors: {
      empty: 'het is leeg.',
      'too-large': 'het is te groot.',
      'not-a-board': 'het is geen bord van de Kompasverkenner.',
      'unknown-version': 'het komt uit een nieuwere versie van de Kompasverkenner.',
      corrupt: 'het is beschadigd of onvolledig.',
      'invalid-board': 'de inhoud voldoet niet aan de regels (bijvoorbeeld te lange namen).',
      'wrong-file-type':
        'dit soort bestand kan de Kompasverkenner niet openen (wel .json of .png van de Kompasverkenner).',
      'no-board-in-image': 'deze afbeelding bevat geen bord.',
      'unknown-initiatives': 'geen van de initiatieven is bekend in deze versie.',
    },
    help: {
      heading: 'Sneltoetsen',
      keys: [
        ['?', 'Deze hulp tonen of verbergen'],
        ['Ctrl/Cmd + Z', 'Ongedaan maken'],
        ['Shift + Ctrl/Cmd + Z, Ctrl + Y', 'Opnieuw'],
        ['R', 'Alle referenties tonen of verbergen'],
        ['P', 'Presentatie aan of uit'],
        ['← → ↑ ↓', 'Gekozen kaart één vorm verplaatsen'],
        ['Shift + pijltje', 'Gekozen kaart fijn verplaatsen'],
        ['Enter', 'Menu van de kaart openen, of verplaatsen bevestigen'],
        ['Escape', 'Annuleren of sluiten'],
      ],
    },
  },
  // Embedding on another site: the embed dialog and what only an embed shows.
  embed: {
    sources: (n: number) => `Bronnen (${n})`,
    openApp: 'Zelf initiatieven plaatsen? Open de Kompasverkenner',
    openBoard: 'Open dit bord in de Kompasverkenner',
    newTab: '(opent in een nieuw tabblad)',
    noCards: 'Er staan geen kaarten op dit bord.',
    dialog: {
      heading: 'Insluiten op een andere website',
      intro:
        'Kies wat de pagina laat zien en plak de code in de pagina. De iframe past zijn hoogte zelf aan met het kleine script.',
      variant: 'Wat laat de pagina zien?',
      variants: { explain: 'Uitleg', view: 'Bord', edit: 'Werkvorm' },
      about: {
        explain:
          'De twee modellen op één schaal en hun verschil, compact. Zonder bord; de bronnen achter één knop.',
        view: 'Dit bord, alleen te bekijken: de kaarten op de schaal, met referenties en een tabel.',
        edit: 'Het hele bord om zelf kaarten te plaatsen, bijvoorbeeld in een werksessie.',
      },
      emptyBoard: 'Dit bord is nog leeg: plaats eerst kaarten om het te laten zien.',
      withBoard: 'Dit bord meegeven',
      present: 'Als presentatie (grote letters)',
      title: 'Titel voor schermlezers',
      defaultTitle: 'Kompasverkenner: wie heeft hoeveel zeggenschap?',
      preview: 'Voorbeeld',
      previewTitle: (variant: string) => `Voorbeeld van de insluiting: ${variant}`,
      iframe: 'Code voor een iframe (aanbevolen)',
      wc: 'Code voor de webcomponent',
      copyIframe: 'Kopieer iframe-code',
      copyWc: 'Kopieer webcomponent-code',
      copied: 'Code gekopieerd',
    },
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

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nl>;
