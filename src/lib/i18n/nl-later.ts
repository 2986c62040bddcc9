// Dutch, the part that loads later: what only the board, the workshop tools and dialogs, the route
// dialog and the detail panel show, all in chunks that load lazily. Together with nl.ts it is the
// source of truth for every interface string. Code in the start chunk reads it only after
// loadLaterText() (i18n.svelte.ts) has resolved.
export const nlLater = {
  route: {
    byOwner: (type: string) =>
      `In Peel en Maas telt wie eigenaar is: daar hoort het bij ${type}. Op de ene schaal staat de kaart bij het type hierboven.`,
    waitingShort: 'Nog niet: beantwoord de eerste twee vragen',
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
  embed: {
    openBoard: 'Open dit bord in de Kompasverkenner',
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
};
