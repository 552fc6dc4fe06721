/**
 * Finnish: the default language. Data only: words the readers recognise and texts users read.
 * Recognition uses the words of every language together (a workbook may mix them);
 * messages come from the chosen language alone.
 */
export const fi = {
  /** Canonical status → the phrases that mean it, lower case. The leading phrase decides (longest first, whole words); suspended and removed words decide wherever they stand. */
  statusWords: {
    done: ['kyllä', 'toteutunut', 'toteutettu', 'valmis', 'valmistunut', 'tehty', 'ok'],
    partial: ['osittain toteutunut', 'osittain toteutettu', 'osittain valmis', 'osittain', 'osin'],
    in_progress: ['käynnissä', 'kesken', 'aloitettu', 'työn alla', 'työn alle', 'meneillään', 'jatkuu', 'jatkuva'],
    not_started: ['ei aloitettu', 'ei vielä aloitettu', 'ei käynnistetty', 'ei alkanut', 'aloittamatta'],
    not_done: ['ei toteutunut', 'ei toteutettu', 'ei tehty', 'toteutumatta', 'ei'],
    suspended: ['keskeytetty', 'keskeytettiin', 'keskeytynyt', 'keskeytyi', 'jäädytetty', 'tauolla'],
    removed: ['poistettu', 'poistettiin', 'poistunut', 'peruttu', 'peruttiin'],
  },
  /** Canonical status → its name on sheets and in the pane. */
  statusLabels: {
    done: 'Toteutunut',
    partial: 'Osittain',
    in_progress: 'Käynnissä',
    not_started: 'Ei aloitettu',
    not_done: 'Ei toteutunut',
    suspended: 'Keskeytetty',
    removed: 'Poistettu',
    unknown: 'Tunnistamaton',
    missing: 'Puuttuu',
  },
  /** Column role → header words (lower case, singular stems match plurals and inflections). */
  headerWords: {
    number: ['nro', 'numero', 'n:o'],
    action: ['toimenpide', 'toimenpiteet'],
    goal: ['tavoite', 'tavoitteet', 'toiminnallinen tavoite', 'pitkän aikavälin tavoite'],
    schedule: ['aikataulu'],
    metric: ['mittari', 'mittarit', 'tavoitteen mittari'],
    owner: ['vastuuhenkilö', 'vastuutaho', 'vastuutaho/henkilöt', 'vastuuhenkilöt', 'vastuussa', 'vastuu', 'vastuhenkilö', 'omistaja'],
    status: ['toteuma', 'toteutunut', 'tila', 'tilanne'],
  },
  /** Line above a table that names its chair. */
  chairWords: ['puheenjohtaja', 'pj.'],
  /**
   * First words of a row that groups the actions below it ("Tavoite 1: …", "Muut toteutukset"),
   * besides the goal header words followed by a number.
   */
  actionSectionWords: ['muut', 'muu', 'kärki', 'painopiste', 'osa-alue', 'teema'],
  /** Headers of a column that groups actions like a section row does (seed 004's spearheads). */
  actionSectionColumnWords: ['kärki', 'kärkiteema', 'kärkihanke', 'painopiste', 'painopistealue', 'teema'],
  /** Statuses named in messages as examples of valid values. */
  statusExamples: ['Kyllä', 'Ei', 'Osittain', 'Käynnissä', 'Keskeytetty', 'Poistettu'],
  /**
   * Schedule words (owned by the schedule reader), lower case. A word ending in `*` is a stem that
   * matches any word starting with it (Finnish inflects: syyskuu, syyskuussa, syyskuun); others match
   * whole words. ä/ö are folded to a/o before matching, so OCR-damaged `kevat` still reads.
   * Where two words match, the longest wins (`kesäkuu*` over `kesä*`).
   */
  scheduleWords: {
    /** Spring term: 1 Jan–31 May. */
    spring: ['kevä*'],
    /** Summer: 1 Jun–31 Aug. */
    summer: ['kesä*'],
    /** Autumn term: 1 Sep–31 Dec; `syys*` also reads the OCR-damaged `syysy`. */
    autumn: ['syks*', 'syys*'],
    /** January … December, one list per month. */
    months: [
      ['tammikuu*'],
      ['helmikuu*'],
      ['maaliskuu*'],
      ['huhtikuu*'],
      ['toukokuu*'],
      ['kesäkuu*'],
      ['heinäkuu*'],
      ['elokuu*'],
      ['syyskuu*'],
      ['lokakuu*'],
      ['marraskuu*'],
      ['joulukuu*'],
    ],
    /** The work starts at the date beside it and has no end ("2021 alkaen"); alone it says nothing. */
    openEnd: ['alkaen', 'lähtien', 'eteenpäin'],
    /** The work goes on with no end ("2020-2024, jatkuvaa"); alone it is a valid schedule with no dates. */
    ongoing: ['jatkuva*', 'jatkuu', 'toistaiseksi', 'pysyvä*'],
    /** The date is a deadline: the schedule ends then ("9-12/24 mennessä"). */
    deadline: ['mennessä', 'viimeistään', 'loppuun'],
    /** The action is already done, no dates needed ("tehty"). */
    done: ['tehty', 'valmis', 'toteutettu', 'toteutunut', 'valmistunut'],
    /** How messages write a date: {d} {m} day and month, {dd} {mm} zero-padded, {y} the year. */
    dateFormat: '{d}.{m}.{y}',
  },
  /** Budget column → header words (owned by the budget reader). */
  budgetHeaderWords: {
    budget: ['talousarvio', 'ta', 'budjetti', 'muutettu talousarvio'],
    actual: ['toteuma', 'tot', 'toteutuma', 'tilinpäätös', 'tp'],
    forecast: ['ennuste', 'enn'],
    proposal: ['ta-esitys', 'ta esitys', 'tae', 'talousarvioesitys', 'esitys'],
    frame: ['kehys', 'talousarviokehys', 'raami'],
  },
  /** Budget table words besides the column headers: computed columns' "vs", units, total and result line labels (owned by the budget reader). */
  budgetWords: {
    /** Joins the two sides of a computed column ("TOT vs. TA %"). */
    versus: ['vs', 'vrt', 'verrattuna'],
    /** The unit as headers write it, looked for in the header row and the lines just above it. */
    units: ['1 000 €', '1000 €', 't€', 'tuhatta euroa', 'milj. €', 'milj.€', 'm€', 'euroa', '€'],
    /** Labels of total lines whose subrows follow them. */
    totalLines: ['toimintatuotot', 'toimintakulut'],
    /** A word that closes a total line's label ("Tuotot yhteensä"). */
    totalSuffixes: ['yhteensä'],
    /** Labels of result lines: the sum of the total lines above them (Toimintakate = tuotot + kulut). */
    resultLines: ['toimintakate', 'vuosikate', 'tilikauden tulos'],
  },
  /**
   * Indicator tables (mittarit): header words, period words, target words and the texts shown (owned by the
   * indicator reader). Header and target words are matched folded (case, ä/ö marks); a word ending in `*`
   * is a stem that matches any word starting with it. `{year}` stands for a four-digit year.
   */
  indicators: {
    headerWords: {
      indicator: ['mittari', 'mittarit', 'tavoitteen mittari', 'indikaattori', 'tunnusluku', 'mittarin nimi'],
      target: ['tavoitetaso', 'tavoitearvo', 'tavoiteltu taso', 'tavoite {year}', 'tavoitetaso {year}'],
      baseline: ['lähtötaso', 'lähtötilanne', 'lähtöarvo'],
      actual: ['toteuma', 'tulos', 'arvo', 'toteutunut arvo'],
      goal: ['tavoite', 'tavoitteet', 'sitova tavoite', 'strateginen tavoite', 'päämäärä', 'kärki', 'kärkiteema'],
      owner: ['vastuuhenkilö', 'vastuutaho', 'vastuuhenkilöt', 'vastuu', 'omistaja'],
      status: ['tila', 'tilanne', 'arvio'],
    },
    /** Words a period column's header may open with ("Toteuma 1-6/2023", "Vuosi 2019"). */
    periodPrefixes: ['toteuma', 'tulos', 'arvo', 'vuosi', 'tilanne'],
    /** A quarter's word: "1. neljännes 2024". */
    quarterWords: ['neljännes', 'vuosineljännes', 'kvartaali'],
    /** Target words: a comparison before the number, or a change from the baseline. */
    targetWords: {
      below: ['alle', 'vähemmän kuin', 'pienempi kuin', 'alempi kuin'],
      atMost: ['enintään', 'korkeintaan', 'maksimissaan', 'max', 'maks'],
      above: ['yli', 'enemmän kuin', 'suurempi kuin', 'korkeampi kuin'],
      atLeast: ['vähintään', 'ainakin', 'min'],
      decrease: ['laske*', 'lasku', 'vähene*', 'vähenn*', 'pienene*', 'pienentyy', 'alene*', 'supistu*'],
      increase: ['kasva*', 'kasvu', 'nouse*', 'nouss*', 'nousu', 'lisäänty*', 'paran*', 'vahvistu*', 'useampi'],
    },
    verdictLabels: {
      met: 'Saavutettu',
      not_met: 'Ei saavutettu',
      no_data: 'Ei tietoa',
      qualitative: 'Laadullinen',
      unreadable: 'Tavoite ei luettavissa',
    },
    trendLabels: { improving: 'Paranee', worsening: 'Heikkenee', flat: 'Ennallaan' },
    /** The indicator section of the summary sheet. */
    summary: {
      heading: 'Mittarit',
      indicatorColumn: 'Mittari',
      targetColumn: 'Tavoite',
      baselineColumn: 'Lähtötaso',
      latestColumn: 'Viimeisin arvo',
      periodColumn: 'Kausi',
      verdictColumn: 'Arvio',
      trendColumn: 'Suunta',
      cellColumn: 'Solu',
      noGoal: '(ei tavoitetta)',
      more: '… ja {count} muuta mittaria. Yhteenveto luettelee enintään {limit} mittaria; kaikki ovat komentorivin report.json-tiedostossa.',
      countsHeading: 'Mittarit arvioittain',
      countColumn: 'Lukumäärä',
    },
    /** The verdict counts in the task pane. */
    paneHeading: 'Mittarit',
  },
  /** Texts of the summary sheet. */
  summary: {
    sheetName: 'Yhteenveto',
    title: 'Seurannan yhteenveto',
    source: 'Lähdetiedosto',
    noSource: '(ei tiedostonimeä)',
    asOf: 'Tilanne päivänä',
    total: 'Toimenpiteitä yhteensä',
    statusHeading: 'Toimenpiteet tiloittain',
    statusColumn: 'Tila',
    countColumn: 'Lukumäärä',
    shareColumn: 'Osuus',
    totalRow: 'Yhteensä',
    chartTitle: 'Toimenpiteet tiloittain',
    byTableHeading: 'Taulukoittain ja tavoitteittain',
    tableColumn: 'Taulukko / tavoite',
    tableName: '{sheet}: {title}',
    tableAt: '{sheet} ({range})',
    noSection: '(ei tavoitetta)',
    byOwnerHeading: 'Vastuuhenkilöittäin',
    ownerColumn: 'Vastuuhenkilö',
    noOwner: '(ei vastuuhenkilöä)',
    overdueHeading: 'Myöhässä olevat toimenpiteet',
    actionColumn: 'Toimenpide',
    sheetColumn: 'Välilehti',
    scheduleEndColumn: 'Aikataulu päättyi',
    cellColumn: 'Solu',
    noOverdue: 'Ei myöhässä olevia toimenpiteitä.',
    issuesHeading: 'Huomiot',
    severityColumn: 'Vakavuus',
    messageColumn: 'Huomio',
    severity: { error: 'Virhe', warning: 'Varoitus', info: 'Tieto' },
    moreOverdue:
      '… ja {count} muuta myöhässä olevaa toimenpidettä. Kaikki ovat Seurannan Tarkista-ruudussa ja komentorivin report.json-tiedostossa.',
    moreIssues: '… ja {count} muuta huomiota. Kaikki ovat Seurannan Tarkista-ruudussa ja komentorivin report.json-tiedostossa.',
    noIssues: 'Ei huomautettavaa.',
    noTables:
      'Työkirjasta ei löytynyt toimenpidetaulukoita. Seuranta etsii otsikkoriviä, jossa on esimerkiksi sarakkeet Toimenpide ja Toteuma.',
  },
  /** Texts of the budget comparison sheet. */
  budgetSheet: {
    sheetName: 'Budjettivertailu',
    title: 'Budjettivertailu',
    asOf: 'Tilanne {date}',
    tableHeading: '{sheet}: {title}',
    source: 'Lähde: {sheet} {range}',
    unit: 'Yksikkö: {unit}',
    pace: 'Toteuma kaudelta {period}: kulunut osuus vuodesta {share} %. Kulurivi, joka on käyttänyt yli {limit} % talousarviostaan, merkitään.',
    legend: 'Punainen: kulu yli tai tuotto alle vertailukohdan; vihreä: päinvastoin; harmaa: ero enintään {band} %.',
    label: 'Rivi',
    link: 'Lähdesolu',
    overPace: 'Yli tahdin',
    columns: {
      budget: 'Talousarvio',
      actual: 'Toteuma',
      forecast: 'Ennuste',
      proposal: 'TA-esitys',
      frame: 'Kehys',
      actualVsBudgetPct: 'Toteuma / TA',
      forecastVsBudgetPct: 'Ennuste / TA',
      proposalVsBudgetPct: 'TA-esitys / TA',
      proposalVsForecastPct: 'TA-esitys / Ennuste',
      proposalMinusFrame: 'TA-esitys − Kehys',
    },
    issuesHeading: 'Huomiot',
    issueColumns: { severity: 'Vakavuus', sheet: 'Välilehti', cell: 'Solu', message: 'Huomio' },
    severity: { error: 'Virhe', warning: 'Varoitus', info: 'Tieto' },
    noIssues: 'Ei huomautettavaa.',
  },
  /** Texts of the history sheet, the summary's changes section, the pane's deltas and the CLI's --since. */
  history: {
    sheetName: 'Seurantahistoria',
    title: 'Seurantahistoria',
    note: 'Seuranta tallentaa tälle välilehdelle jokaisen yhteenvedon tilanteen, jotta seuraava yhteenveto näyttää, mikä muuttui. Jokainen yhteenveto on oma sarakkeensa; välilehti pitää {max} viimeisintä. Jos poistat välilehden, historia alkaa alusta.',
    asOfColumn: 'Tilanne päivänä',
    countsColumn: 'Tila',
    keyColumn: 'Tunniste',
    sheetColumn: 'Välilehti',
    rowColumn: 'Rivi',
    numberColumn: 'Numero',
    actionColumn: 'Toimenpide',
    indicatorColumn: 'Mittari',
    /** After a status on the history sheet when the action was overdue: 'Käynnissä, myöhässä'. */
    overdueMark: 'myöhässä',
    indicatorsHeading: 'Mittarit, joiden arvio muuttui',
    valueColumn: 'Arvo',
    changesHeading: 'Muutokset edellisestä raportista ({date})',
    deltaColumn: 'Muutos',
    changedHeading: 'Tilan muuttaneet toimenpiteet',
    fromColumn: 'Oli',
    toColumn: 'Nyt',
    newlyDone: 'Valmistuneet: {count}',
    newlyOverdueHeading: 'Myöhästyneet edellisen raportin jälkeen',
    addedHeading: 'Uudet toimenpiteet',
    droppedHeading: 'Poistuneet toimenpiteet',
    noChanges: 'Ei muutoksia.',
    trendHeading: 'Tilat raporteittain',
    more: '… ja {count} muuta. Kaikki ovat komentorivin report.json-tiedostossa.',
    paneDeltas: 'Muutos {date} jälkeen',
    badSince: "Päivä '{value}' ei kelpaa valinnalle --since. Kirjoita se muodossa VVVV-KK-PP, esimerkiksi 2024-03-31.",
    sinceNotFound: 'Seurantahistoriassa ei ole yhteenvetoa päivältä {date} tai sitä ennen, joten muutoksia ei verrattu.',
  },
  /** What a generated sheet prints in its header and footer (Excel's codes: &P page, &N pages), and its tables' names. */
  print: {
    asOf: 'Tilanne {date}',
    pageOfPages: 'Sivu &P / &N',
    /** Names a manager can refer to a list by (=ROWS(Myöhässä)): letters and underscores only, unique within the workbook. */
    tableNames: {
      overdue: 'Myöhässä',
      issues: 'Huomiot',
      owners: 'Vastuuhenkilöt',
      budget: 'Budjettivertailu',
      units: 'Yksiköt',
      history: 'Historia',
    },
  },
  /** Texts of the task pane and the ribbon. */
  ui: {
    appName: 'Seuranta',
    tagline: 'Toimenpiteiden ja talouden seuranta',
    language: 'Kieli',
    languageNames: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
    asOf: 'Tilanne päivänä',
    asOfHint: 'Myöhässä ovat toimenpiteet, joiden aikataulu päättyi ennen tätä päivää.',
    since: 'Vertaa raporttiin',
    sinceHint: 'Tyhjä: edellinen yhteenveto. Päivä: viimeisin yhteenveto sinä päivänä tai ennen sitä.',
    skipSheets: 'Jätä pois välilehdet',
    skipSheetsPlaceholder: 'Kaikki välilehdet mukana',
    validate: 'Tarkista',
    summary: 'Luo yhteenveto',
    budget: 'Budjettivertailu',
    colours: 'Väritä tilat',
    progress: {
      validate: 'Tarkistetaan työkirjaa…',
      summary: 'Luodaan yhteenvetoa…',
      budget: 'Luodaan budjettivertailua…',
      colours: 'Väritetään tiloja…',
    },
    summaryDone: "Yhteenveto luotu välilehdelle '{sheet}': {total} toimenpidettä.",
    budgetDone: "Budjettivertailu luotu välilehdelle '{sheet}'.",
    noPageLayout:
      'Tämä Excelin versio ei anna Seurannan tehdä tulostusasetuksia (ExcelApi 1.9 puuttuu). Valitse tarvittaessa Sivun asettelu -välilehdeltä vaakasuunta ja sovitus 1 sivun levyiseksi.',
    budgetNone: 'Työkirjasta ei löytynyt budjettitaulukkoa. Seuranta etsii sarakkeita kuten {budgetHeaders}.',
    coloursAdded: 'Tilavärit lisätty {count} tilasarakkeeseen. Paina uudelleen, niin ne poistetaan.',
    coloursRemoved: 'Seurannan tilavärit poistettu. Omat muotoilusi ovat ennallaan.',
    validateDone: '{total} toimenpidettä tarkistettu. Huomioita: {count}.',
    noIssues: 'Ei huomautettavaa: {total} toimenpidettä tarkistettu.',
    issuesHeading: 'Huomiot',
    severity: { error: 'Virhe', warning: 'Varoitus', info: 'Tieto' },
    goToCell: 'Valitse solu {cell} välilehdellä {sheet}',
    statusHeading: 'Tilat',
    emptyWorkbook: 'Työkirja on tyhjä: siinä ei ole yhtään täytettyä solua.',
    noTable: 'Työkirjasta ei löytynyt toimenpidetaulukkoa.',
    noTableHint: 'Seuranta etsii otsikkoriviä, jossa on esimerkiksi sarakkeet {headers}.',
    unexpectedError: 'Toiminto epäonnistui: {detail}',
    dismiss: 'Sulje',
    /** The sheet picker while it reads the workbook's sheet names. */
    loadingSheets: 'Luetaan välilehtiä…',
    /** Said to a screen reader once an issue's cell is selected in the workbook. */
    cellSelected: 'Valittu solu {cell} välilehdellä {sheet}.',
    errorCount: 'Virheitä: {count}',
    warningCount: 'Varoituksia: {count}',
    /** Why a task failed in Excel, by the host's error code (HostError.code). */
    errors: {
      protectedSheet: 'Välilehti tai työkirjan rakenne on suojattu. Poista suojaus (Tarkista > Poista suojaus) ja yritä uudelleen.',
      protectedStructure:
        'Työkirjan rakenne on suojattu, joten Seuranta ei voi lisätä välilehteä. Poista rakenteen suojaus (Tarkista > Suojaa työkirja) ja yritä uudelleen.',
      cellEditMode: 'Excel on solun muokkaustilassa. Paina Enter tai Esc ja yritä uudelleen.',
      tooLarge: 'Työkirja on liian suuri luettavaksi kerralla Excelin verkkoversiossa. Jätä osa välilehdistä pois ja yritä uudelleen.',
      unsupported: 'Tämä Excelin versio ei tue kaikkia tarvittavia toimintoja. Päivitä Excel tai käytä Excelin verkkoversiota.',
    },
  },
  /** Texts the command line prints. */
  cli: {
    usage: 'Käyttö',
    usageText:
      'Käyttö:\n' +
      '  npm run cli -- report <työkirja.xlsx> --out <raportti.xlsx> --json <raportti.json> [--as-of VVVV-KK-PP] [--since VVVV-KK-PP] [--lang fi|sv|en]\n' +
      '  npm run cli -- validate <työkirja.xlsx> [--json huomiot.json] [--as-of VVVV-KK-PP] [--lang fi|sv|en]\n' +
      '  npm run cli -- consolidate <työkirjat ja kansiot…> --out <koonti.xlsx> --json <koonti.json> [--jobs N] [--as-of VVVV-KK-PP] [--since VVVV-KK-PP] [--lang fi|sv|en]\n' +
      'Paluuarvo: 0 valmis, 1 työkirjassa on virheitä, 2 tiedostoa ei voi lukea tai argumentit ovat virheelliset.',
    unknownCommand: "Tuntematon komento '{command}'. Komennot: report, validate, consolidate.",
    unknownOption: "Tuntematon valinta '{option}'.",
    missingValue: "Valinta '--{option}' tarvitsee arvon.",
    missingInput: 'Anna luettava Excel-työkirja (.xlsx).',
    missingOutputs: 'Anna raportin tiedostot: --out raportti.xlsx ja --json raportti.json.',
    extraArgument: "Ylimääräinen argumentti '{value}'.",
    badAsOf: "Päivä '{value}' ei kelpaa. Kirjoita se muodossa VVVV-KK-PP, esimerkiksi 2024-06-30.",
    badLang: "Kieli '{value}' ei kelpaa. Valitse fi, sv tai en.",
    sameInputAndOutput: "Raportti ei saa korvata luettavaa työkirjaa '{path}'. Anna --out-valinnalle toinen tiedostonimi.",
    fileNotFound: "Tiedostoa '{path}' ei löydy.",
    notAFile: "'{path}' ei ole tiedosto.",
    fileEncrypted:
      "Työkirja '{path}' on suojattu salasanalla, joten sitä ei voi lukea. Avaa se Excelissä, poista salasana (Tiedosto → Tiedot → Suojaa työkirja → Salaa salasanalla), tallenna ja yritä uudelleen.",
    fileLegacyXls:
      "Tiedosto '{path}' on vanhaa Excel 97–2003 -muotoa (.xls). Avaa se Excelissä, tallenna Excel-työkirjana (.xlsx) ja yritä uudelleen.",
    fileOds:
      "Tiedosto '{path}' on OpenDocument-laskentataulukko (.ods). Avaa se LibreOfficessa tai Excelissä, tallenna Excel-työkirjana (.xlsx) ja yritä uudelleen.",
    fileXlsb:
      "Tiedosto '{path}' on Excelin binäärityökirja (.xlsb). Avaa se Excelissä, tallenna Excel-työkirjana (.xlsx) ja yritä uudelleen.",
    fileText:
      "Tiedosto '{path}' on tekstitiedosto (esimerkiksi CSV), ei Excel-työkirja. Avaa se Excelissä, tallenna Excel-työkirjana (.xlsx) ja yritä uudelleen.",
    fileLockFile:
      "'{path}' on Excelin lukitustiedosto, jonka Excel pitää avoimen työkirjan vieressä; se ei ole työkirja. Lue itse työkirja (sama nimi ilman alkua ~$).",
    fileNotWorkbook: "Tiedosto '{path}' ei ole Excel-työkirja (.xlsx).",
    fileCorrupt:
      "Tiedosto '{path}' on vioittunut tai keskeneräinen, joten sitä ei voi lukea. Jos se on kopioitu tai ladattu, hae se uudelleen; muuten avaa se Excelissä, joka voi korjata sen, ja tallenna.",
    fileDamagedPart:
      "Työkirja '{path}' on vioittunut: sen osa '{part}' ei ole kelvollista XML:ää. Avaa se Excelissä, joka voi korjata sen, tallenna ja yritä uudelleen.",
    fileDoctype:
      "Työkirjaa '{path}' ei lueta: sen osassa '{part}' on DOCTYPE-määrittely, jota Excel ei koskaan kirjoita ja jonka taakse voi kätkeä haitallista sisältöä. Tallenna työkirja uudelleen Excelissä ja yritä uudelleen.",
    sheetTooLarge:
      "Työkirjan '{path}' taulukon '{sheet}' käytetty alue {range} on liian suuri luettavaksi (yli 20 miljoonaa solua). Poista kaukana taulukoista olevat yksittäiset solut, tallenna ja yritä uudelleen.",
    fileUnwritable: "Tiedostoon '{path}' ei voi kirjoittaa ({detail}).",
    fileUnsupported:
      "Työkirjaa '{path}' ei voi tallentaa raportin kanssa: siinä on jotain, mitä Seuranta ei osaa kirjoittaa uudelleen ({detail}). Käytä validate-komentoa tai Excelin apuohjelmaa.",
    outputExtension:
      "Raporttia ei voi tallentaa nimellä '{path}': työkirja on {extension}-tiedosto (makrot säilyvät vain .xlsm-tiedostossa), eikä Excel avaa tiedostoa, jonka pääte on muu. Anna --out-valinnalle nimi, joka päättyy {extension}.",
    internalError: 'Sisäinen virhe, ilmoita siitä kehittäjille: {detail}',
    summaryTitle: '{file}, tilanne {asOf}',
    summaryActions: 'Toimenpiteitä: {total} ({tables} taulukossa)',
    summaryStatus: '  {label}: {count}',
    summaryOverdue: 'Myöhässä: {count}',
    summaryBudgets: 'Talousarviotaulukoita: {count}',
    summaryIssues: 'Huomiot: virheitä {error}, varoituksia {warning}, tiedoksi {info}',
    summaryWrote: 'Kirjoitettu: {path}',
    summarySheets: 'Lisätyt välilehdet: {names}',
    validateClean: '{file}: ei huomautettavaa.',
    validateSheet: 'Välilehti: {sheet}',
    columnCell: 'Solu',
    columnSeverity: 'Vakavuus',
    columnMessage: 'Huomio',
    severityLabels: { error: 'virhe', warning: 'varoitus', info: 'tiedoksi' },
    demoExample: 'Esimerkkityökirja: {path}',
    demoNext: 'Avaa esimerkkityökirja Excelissä tai aja: npm run cli -- report {path} --out raportti.xlsx --json raportti.json',
  },
  consolidate: {
    sheetName: 'Koonti',
    overdueSheetName: 'Myöhässä',
    issuesSheetName: 'Huomiot',
    title: 'Seurannan koonti',
    overdueTitle: 'Myöhässä olevat toimenpiteet, kaikki yksiköt',
    issuesTitle: 'Huomiot, kaikki yksiköt',
    asOf: 'Tilanne päivänä',
    workbooks: 'Työkirjoja',
    unreadable: 'Lukematta jääneitä',
    fileColumn: 'Tiedosto',
    unitColumn: 'Yksikkö',
    totalColumn: 'Toimenpiteitä',
    shareColumn: '{status} %',
    overdueColumn: 'Myöhässä',
    errorsColumn: 'Virheitä',
    warningsColumn: 'Varoituksia',
    infoColumn: 'Tiedoksi',
    sinceColumn: 'Edellinen raportti',
    newlyDoneColumn: 'Valmistui sen jälkeen',
    newlyOverdueColumn: 'Myöhästyi sen jälkeen',
    addedColumn: 'Uusia toimenpiteitä',
    droppedColumn: 'Poistuneita',
    indicatorColumn: 'Mittari: {verdict}',
    budgetColumn: '{label}: {column}',
    reasonColumn: 'Ei luettu, koska',
    totalRow: 'Yhteensä',
    sheetColumn: 'Välilehti',
    cellColumn: 'Solu',
    actionColumn: 'Toimenpide',
    ownerColumn: 'Vastuuhenkilö',
    scheduleEndColumn: 'Aikataulu päättyi',
    severityColumn: 'Vakavuus',
    messageColumn: 'Huomio',
    severity: { error: 'Virhe', warning: 'Varoitus', info: 'Tieto' },
    budgetColumns: { budget: 'TA', actual: 'TOT', forecast: 'ENN', actualVsBudgetPct: 'TOT/TA %', forecastVsBudgetPct: 'ENN/TA %' },
    statusHeading: 'Toimenpiteet tiloittain, kaikki yksiköt',
    chartTitle: 'Toimenpiteet tiloittain, kaikki yksiköt',
    unitChartTitle: 'Toimenpiteet tiloittain yksiköittäin',
    countColumn: 'Lukumäärä',
    noOverdue: 'Ei myöhässä olevia toimenpiteitä.',
    noIssues: 'Ei huomautettavaa.',
    noFiles: 'Kansioista ei löytynyt yhtään Excel-työkirjaa (.xlsx tai .xlsm): {paths}',
    missingOutputs: 'Anna koonnin tiedostot: --out koonti.xlsx ja --json koonti.json.',
    badJobs: "Rinnakkaisten töiden määrä '{value}' ei kelpaa. Anna kokonaisluku 1–64.",
    progressLine: '[{done}/{count}] {file}: {outcome}',
    progressRead: '{total} toimenpidettä, {overdue} myöhässä, {errors} virhettä',
    progressFailed: 'ei luettu',
    progressBar: 'Luetaan {bar} {value}/{total} | {file} | jäljellä {eta_formatted}',
    doneLine: 'Koottu {count} työkirjaa ({unreadable} lukematta): {total} toimenpidettä, {overdue} myöhässä, {errors} virhettä.',
  },
  messages: {
    'status.unknown': "Tuntematon tila '{value}'. Käytä esimerkiksi: {examples}.",
    'status.missing': 'Toimenpiteeltä puuttuu tila. Kirjoita esimerkiksi: {examples}.',
    'schedule.unreadable': "Aikataulua '{value}' ei voi lukea. Kirjoita esimerkiksi: 2024, Syksy 2024, 9-12/24 tai Alkaen 2021.",
    'schedule.backwards':
      "Aikataulu '{value}' päättyy ({end}) ennen kuin se alkaa ({start}). Kirjoita alku ensin, esimerkiksi 2021 - 2024 tai Syksy 2020 - kevät 2021.",
    'owner.missing':
      "Toimenpiteeltä '{action}' puuttuu vastuuhenkilö. Kirjoita vastuuhenkilön tai -tahon nimi, esimerkiksi Palvelupäällikkö tai Esimiehet.",
    'action.duplicateNumber':
      "Toimenpiteen numero '{number}' on jo rivillä {firstRow} samassa osiossa. Anna jokaiselle toimenpiteelle oma numero, esimerkiksi 1.a, 1.b, 1.c.",
    'table.noStatus':
      'Taulukossa ei ole tilasaraketta, joten tiloja ei voi laskea. Lisää sarake otsikolla Toteuma tai Tila ja kirjoita siihen esimerkiksi: {examples}.',
    'indicator.targetUnreadable':
      "Tavoitetta '{value}' ei voi lukea vertailuksi. Kirjoita esimerkiksi: Alle 10 %, vähintään 80 %, laskee 10 % tai pelkkä luku.",
    'indicator.notNumber': "Mittarin arvoa '{value}' ei voi lukea luvuksi. Kirjoita luku, esimerkiksi 9,3 % tai 1 234.",
    'indicator.unitMismatch':
      "Arvon '{value}' yksikkö ({unit}) on eri kuin tavoitteen ({targetUnit}). Kirjoita arvo samassa yksikössä kuin tavoite.",
    'cell.error': 'Solussa on virhearvo {value}. Korjaa kaava tai viittaus niin, että solussa on luku tai teksti.',
    'budget.notNumber': "Arvoa '{value}' ei voi lukea luvuksi. Kirjoita luku, esimerkiksi 30 842 tai -378 568.",
    'budget.sumMismatch': "Rivin '{label}' summa {total} ei täsmää alarivien summaan {sum} (erotus {difference}).",
    'budget.resultMismatch': "Rivin '{label}' arvo {total} ei ole yläpuolisten summarivien summa {sum} (erotus {difference}).",
    'budget.overPace': "Rivin '{label}' toteuma on {used} % talousarviosta, vaikka kaudella {period} vuodesta on kulunut {share} %.",
    'budget.computedMismatch': "Sarakkeen '{header}' arvo {value} poikkeaa uudelleen lasketusta {expected}.",
  },
  /** The support page (manifest's SupportUrl): what the add-in needs and where to turn. */
  support: {
    title: 'Seuranta: ohje ja tuki',
    intro:
      'Seuranta lukee toimenpide- ja budjettitaulukkosi siellä missä ne ovat, tarkistaa ne ja kirjoittaa samaan työkirjaan ' +
      'yhteenvedon, budjettivertailun ja tilavärit. Omia solujasi se ei muuta: se kirjoittaa vain omille välilehdilleen.',
    versionsHeading: 'Missä Excelissä Seuranta toimii',
    versions: [
      'Excel 2019, 2021 ja 2024 Windowsissa, Microsoft 365:n Excel Windowsissa ja Macissa sekä Excelin verkkoversio.',
      'Excel 2019:ssä yhteenveto tehdään kokonaan, mutta poistettujen toimenpiteiden rivi näkyy harmaalla kursiivilla yliviivauksen sijaan.',
      'Linkit yhteenvedosta soluihin toimivat kaikissa versioissa, myös Excelin verkkoversiossa.',
      'Tilavärit ovat ehdollisia muotoiluja: ne päivittyvät, kun muutat tilaa, ja omat ehdolliset muotoilusi pätevät yhä soluihin, joiden tilaa Seuranta ei tunnista.',
      'Excel 2016 ei riitä: siitä puuttuvat Seurannan tarvitsemat toiminnot.',
    ],
    messagesHeading: 'Jos Seuranta ei onnistu',
    helpHeading: 'Ongelmatilanteessa',
    help:
      'Ota yhteyttä organisaatiosi Excel-tukeen ja kerro, mitä teit ja mikä viesti näkyi. Jos Seuranta ilmoitti virheestä solussa, ' +
      'viestissä on välilehti ja solu: korjaa arvo siellä ja tee yhteenveto uudelleen.',
    otherLanguages: 'På svenska · In English',
  },
} as const;
