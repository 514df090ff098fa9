# What staff (youth organisations, the Innsatsgruppe, administrators) see.
staff-sign-in-title = Logg inn for ansatte
staff-sign-in-lead = Innlogging er bare for de som lager og leser undersøkelser. Unge som svarer, trenger aldri å logge inn.
staff-email-label = E-postadresse
staff-password-label = Passord
staff-sign-in-button = Logg inn
staff-signed-in-as = Du er logget inn som { $name }.
staff-home-title = Din side
staff-hello = Hei, { $name }
staff-role-line = Rolle: { $role }
staff-role-admin = administrator
staff-role-facilitator = tilrettelegger i en organisasjon
staff-role-reviewer = leser i Innsatsgruppen
staff-need-sign-in = Du må logge inn for å se denne siden
staff-change-password-heading = Bytt passord
staff-current-password-label = Passordet du har nå
staff-new-password-label = Nytt passord
staff-new-password-hint = Minst 12 tegn. En setning du husker, er et godt passord.
staff-change-password-button = Bytt passord
staff-password-changed = Passordet er byttet. Du er logget ut alle andre steder.
staff-sign-out-heading = Logg ut
staff-sign-out-button = Logg ut
staff-sign-out-everywhere-hint = Har du vært logget inn på en annen maskin, kan du logge ut der også.
staff-sign-out-everywhere-button = Logg ut overalt
error-sign-in-failed = E-postadressen eller passordet er feil.
error-too-many-attempts = For mange forsøk. Vent et kvarter og prøv igjen.
error-csrf = Skjemaet er for gammelt. Last inn siden på nytt og prøv igjen.
error-current-password-wrong = Passordet du har nå, er feil.
staff-forbidden-title = Du har ikke tilgang til denne siden
staff-forbidden-body = Siden er for en annen rolle enn din. Spør en administrator hvis du trenger tilgang.
staff-admin-title = Administrasjon
staff-admin-invite-heading = Inviter en ansatt
staff-admin-invite-name-label = Navn
staff-admin-invite-role-label = Rolle
staff-admin-invite-org-label = Organisasjon
staff-admin-invite-org-none = Ingen (for lesere og administratorer)
staff-admin-invite-button = Lag invitasjonslenke
staff-admin-invite-link = Send denne lenken til den du inviterer. Den virker én gang, i sju dager:
staff-admin-organisations-heading = Organisasjoner
staff-admin-org-name-label = Navn på ny organisasjon
staff-admin-create-org-button = Legg til organisasjon
staff-admin-staff-heading = Ansatte
staff-admin-status = Status
staff-admin-pending = Invitert
staff-admin-active = Aktiv
staff-invite-heading = Invitasjon
staff-invite-welcome = Velkommen, { $name }
staff-invite-lead = Velg et passord. Da er kontoen din klar, og du blir logget inn.
staff-invite-button = Lagre passord og logg inn
staff-invite-used-title = Denne invitasjonen er brukt
staff-invite-expired-title = Denne invitasjonen har gått ut
staff-invite-unknown-title = Vi finner ikke denne invitasjonen
staff-invite-ask-again = Be administratoren om en ny lenke.
error-org-needed = En tilrettelegger må høre til en organisasjon. Velg en organisasjon.
error-org-not-allowed = Bare tilretteleggere hører til en organisasjon. Velg «Ingen».
error-email-taken = Det finnes allerede en konto med denne e-postadressen.
staff-consultations-title = Undersøkelser
staff-consultations-none = Organisasjonen din har ingen undersøkelser ennå.
staff-session-mode-live = I rommet nå (live)
staff-session-mode-open = Åpen lenke mellom to datoer
staff-session-accepting = tar imot svar
staff-session-not-accepting = tar ikke imot svar
staff-session-responses =
    { $count ->
        [one] { $count } svar
       *[other] { $count } svar
    }
staff-session-new = Åpne en ny økt
staff-session-opens = Første dag (valgfritt)
staff-session-closes = Siste dag (valgfritt)
staff-session-dates-hint = Uten datoer er lenken åpen til du avslutter økten.
staff-session-open-button = Åpne økt
staff-session-code-aria = Koden er { $code }
staff-session-qr-label = QR-kode som åpner undersøkelsen
staff-session-link = Lenke:
staff-session-poster = Skriv ut plakat
staff-session-end = Avslutt økten
poster-instruction = Skann koden med mobilen, eller gå til adressen og skriv inn koden. Du er anonym.
error-date-invalid = Datoen ble ikke forstått. Bruk datovelgeren.
error-date-order = Siste dag må komme etter første dag.
staff-template-heading = Lag en ny undersøkelse fra en mal
staff-template-use = Bruk malen
staff-results-heading = Resultater så langt
staff-results-written =
    { $count ->
        [one] { $count } skrevet svar. Tekstene vises når personopplysninger er fjernet.
       *[other] { $count } skrevne svar. Tekstene vises når personopplysninger er fjernet.
    }

staff-moderate-link = Fritekster og moderering
staff-moderate-title = Fritekster
staff-moderate-back = Tilbake til økta
staff-moderate-waiting =
    { $count ->
        [one] { $count } tekst venter på å bli sett gjennom.
       *[other] { $count } tekster venter på å bli sett gjennom.
    }
staff-help-offered =
    { $count ->
        [one] { $count } ung person har fått se hjelpetelefoner i denne økta. Vi viser aldri hvem.
       *[other] { $count } unge har fått se hjelpetelefoner i denne økta. Vi viser aldri hvem.
    }
staff-moderate-explain = Navn, telefonnumre og andre personopplysninger er allerede tatt bort. Bare godkjente tekster vises på skjermen og går ut av organisasjonen.
staff-moderate-status-pending = Venter
staff-moderate-status-approved = Godkjent
staff-moderate-status-hidden = Skjult
staff-moderate-approve = Godkjenn
staff-moderate-help-offered = Den som skrev dette, fikk se hjelpetelefonene, fordi teksten kan handle om at hen har det vondt eller er i fare.
staff-moderate-help-confirm = Jeg har lest teksten og vil likevel vise den på storskjermen.
staff-moderate-help-confirm-missing = Den som skrev denne teksten, fikk se hjelpetelefonene. Kryss av for at du har lest den og likevel vil godkjenne den.
staff-moderate-hide = Skjul
staff-moderate-reason-label = Hvorfor skal teksten skjules?
staff-moderate-reason-shown = Skjult fordi: { $reason }
staff-moderate-redact = Skjul disse ordene
staff-moderate-part-label = Ord som skal skjules (skriv dem nøyaktig)
staff-moderate-reason-missing = Skriv hvorfor teksten skal skjules.
staff-moderate-reason-too-long = Begrunnelsen kan ha høyst 300 tegn.
staff-moderate-part-missing = Skriv ordene som skal skjules.
staff-moderate-part-not-found = Vi fant ikke de ordene i teksten. Skriv dem nøyaktig slik de står.
staff-labels-heading = Temaer
staff-labels-none = Ingen temaer
staff-label-suggested = { $name } (forslag, { $percent } %)
staff-label-confirmed = { $name } (bekreftet)
staff-labels-correct = Rett temaene
staff-labels-save = Lagre temaene
staff-dimension-goal = Delmål
staff-dimension-arena = Arenaer
staff-dimension-factor = Tverrgående faktorer

staff-present-open = Vis på storskjerm
staff-present-title = Storskjerm
staff-present-joined =
    { $count ->
        [one] { $count } har blitt med
       *[other] { $count } har blitt med
    }
staff-present-sent =
    { $count ->
        [one] { $count } har sendt
       *[other] { $count } har sendt
    }
staff-present-position = Spørsmål { $n } av { $total }
staff-present-paced = mobilene følger denne skjermen
staff-present-self-paced = alle svarer i sitt eget tempo
staff-present-results-label = Spørsmålet nå og svarene så langt
staff-present-results-hidden = Resultatene er skjult.
staff-present-previous = Forrige spørsmål
staff-present-next = Neste spørsmål
staff-present-switch-paced = La mobilene følge skjermen
staff-present-switch-self-paced = Bytt til eget tempo
staff-present-hide = Skjul resultatene
staff-present-reveal = Vis resultatene
staff-present-back = Tilbake til økten

staff-export-csv = Last ned svarene (CSV)
staff-export-xlsx = Last ned svarene (Excel)
export-sheet-answers = Svar
export-sheet-dictionary = Dataordbok
export-dictionary-column = Kolonne
export-dictionary-meaning = Hva den betyr
export-col-response = Løpenummer for ett innsendt svar i denne filen. Den samme personen kan ikke spores mellom filer.
export-col-session = Koden til økta svaret kom inn i.
export-col-submitted_hour = Timen svaret ble lagret (UTC). Vi lagrer aldri mer nøyaktig tid.
export-col-language = Språket den unge svarte på: nb, nn, se eller en.
export-col-age_band = Aldersgruppe, hvis den unge ville oppgi den.
export-col-county = Fylke, hvis den unge ville oppgi det.
export-col-question_no = Spørsmålets nummer i undersøkelsen.
export-col-question = Spørsmålet, slik det sto.
export-col-question_kind = Spørsmålstype: single_choice, multiple_choice, scale, free_text eller idea.
export-col-option = Svaralternativet som ble valgt. Ved flere valg kommer hvert valg på egen rad.
export-col-scale = Verdi på skalaen fra 1 (svært dårlig) til 5 (svært bra).
export-col-idea_title = Tittelen på en idé. Bare godkjente tekster tas med.
export-col-text = Friteksten, med personopplysninger fjernet. Bare godkjente tekster tas med.
export-col-moderation = For fritekst: pending (venter), approved (godkjent) eller hidden (skjult).
export-col-goals = Delmål i rammeverket. [auto] er foreslått av maskinen, [confirmed] er bekreftet av et menneske.
export-col-arenas = Arenaer i rammeverket, merket [auto] eller [confirmed] som for delmål.
export-col-factors = Tverrgående faktorer, merket [auto] eller [confirmed] som for delmål.

# Redigering av undersøkelser, og forhåndsvisning.
staff-editor-open = Rediger spørsmål
staff-editor-preview = Forhåndsvis
staff-editor-title = Rediger undersøkelsen
staff-editor-fallback-explain = Skriv hver tekst på så mange språk du kan. Mangler et språk, ser de unge som har valgt det, teksten på et annet språk. Under hver tekst står det hvilket.
staff-editor-locked = Denne undersøkelsen har fått svar. Du kan fortsatt rette tekstene, men spørsmål og svaralternativer kan ikke lenger legges til, fjernes eller flyttes, slik at svarene beholder betydningen sin.
staff-editor-locked-error = Denne undersøkelsen har allerede fått svar. Spørsmål og svaralternativer kan ikke lenger legges til, fjernes eller flyttes. Du kan fortsatt rette tekstene.
staff-editor-no-questions = Denne undersøkelsen har ingen spørsmål ennå.
staff-editor-texts-heading = Tittel og innledning
staff-editor-title-legend = Tittel
staff-editor-intro-legend = Innledning
staff-editor-save-texts = Lagre tittel og innledning
staff-editor-questions-heading = Spørsmål
staff-editor-question-heading = Spørsmål { $n }: { $kind }
staff-editor-prompt-legend = Spørsmål
staff-editor-help-legend = Hjelpetekst under spørsmålet (valgfritt)
staff-editor-save-question = Lagre spørsmål { $n }
staff-editor-preview-question = Forhåndsvis spørsmål { $n }
staff-editor-missing = Mangler: { $langs }
staff-editor-falls-back = { $missing } (viser { $shown })
staff-editor-language-label = Språk
staff-editor-options-heading = Svaralternativer
staff-editor-option-legend = Svaralternativ
staff-editor-option-save = Lagre svaralternativet
staff-editor-option-remove = Fjern svaralternativet
staff-editor-option-new-label = Nytt svaralternativ
staff-editor-option-add = Legg til svaralternativ
staff-editor-move-up = Flytt spørsmål { $n } opp
staff-editor-move-down = Flytt spørsmål { $n } ned
staff-editor-delete-question = Slett spørsmål { $n } …
staff-editor-delete-warning = Spørsmålet og svaralternativene blir slettet for godt.
staff-editor-delete-confirm = Ja, slett spørsmål { $n }
staff-editor-add-heading = Legg til et spørsmål
staff-editor-kind-label = Type spørsmål
staff-editor-options-label = Svaralternativer
staff-editor-options-hint = Bare for ett eller flere valg: minst to svaralternativer, ett på hver linje. La feltet stå tomt for andre typer.
staff-editor-add-button = Legg til spørsmål
staff-kind-single-choice = Ett valg
staff-kind-multiple-choice = Flere valg
staff-kind-scale = Skala fra 1 til 5
staff-kind-free-text = Fritekst
staff-kind-idea = Idé
staff-new-heading = Lag en ny undersøkelse fra bunnen av
staff-new-intro-label = Innledning (valgfritt)
staff-new-intro-hint = Uten innledning leser de unge en standardtekst. Du kan endre den etterpå.
staff-new-button = Lag undersøkelse
staff-new-default-intro = Vi vil høre hva du mener. Svar på de spørsmålene du vil svare på. Du er anonym.
staff-preview-title = Forhåndsvisning
staff-preview-note = Forhåndsvisning: slik ser spørsmålet ut på en mobil. Ingenting du velger her, blir sendt.
staff-preview-back = Tilbake til redigeringen
staff-preview-langs = Forhåndsvis på et annet språk
staff-editor-error-empty = Skriv teksten på minst ett språk.
staff-editor-error-too-long = En av tekstene er for lang. Gjør den kortere og prøv igjen.
staff-editor-error-options-not-allowed = Bare spørsmål med ett eller flere valg har svaralternativer.
staff-editor-error-too-few-options = Et spørsmål med valg trenger minst to svaralternativer.
staff-editor-error-too-many-options = Et spørsmål kan ha høyst 20 svaralternativer.
staff-editor-error-too-many-questions = En undersøkelse kan ha høyst 50 spørsmål.

staff-themes-heading = Temaer som går igjen
staff-themes-explain = Maskinen grupperer tekster som ligner hverandre, og viser ordene som skiller hver gruppe fra de andre. Skjulte tekster er ikke med.
staff-themes-none = Det er for få tekster ennå til å finne temaer.
staff-themes-size =
    { $count ->
        [one] { $count } tekst
       *[other] { $count } tekster
    }

## Temaer på tvers av alle høringer (gjennomgåere)
staff-cross-themes-title = Temaer på tvers av alle høringer
staff-cross-themes-explain = Maskinen grupperer alle tekster fra unge som ligner hverandre, på tvers av alle høringer, og navngir hver gruppe med ordene som skiller den fra de andre, på språkene den ble skrevet på. Skjulte tekster er ikke med; sitater er bare fra godkjente tekster.
staff-cross-themes-running = Tekstene grupperes nå
staff-cross-themes-started = Startet { $time }.
staff-cross-themes-step = Steg { $step } av { $steps }: { $phase }
staff-cross-themes-count = { $done } av { $total }
staff-cross-themes-percent = Omtrent { $percent } % ferdig. Siden oppdaterer seg selv.
staff-cross-themes-phase-loading = leser tekstene
staff-cross-themes-phase-vectorising = finner ordene i hver tekst
staff-cross-themes-phase-clustering = grupperer tekster som ligner
staff-cross-themes-phase-naming = navngir gruppene
staff-cross-themes-phase-saving = lagrer gruppene
staff-cross-themes-failed = Den forrige grupperingen ble ikke ferdig. Start den på nytt.
staff-cross-themes-start = Grupper alle tekstene på nytt nå
staff-cross-themes-start-hint = Dette skjer også av seg selv én gang i døgnet når det har kommet nye tekster. Det tar under ett minutt, selv med en million tekster.
staff-cross-themes-none-yet = Ingen tekster er gruppert ennå.
staff-cross-themes-latest = Siste temaer
staff-cross-themes-summary = Gruppert { $time }, fra { $texts } tekster.
staff-cross-themes-small-hidden =
    { $count ->
        [one] Én gruppe med færre enn { $k } tekster vises ikke, for å beskytte dem som skrev.
       *[other] { $count } grupper med færre enn { $k } tekster vises ikke, for å beskytte dem som skrev.
    }
staff-cross-themes-labels = Handler mest om: { $labels }
staff-cross-themes-see-texts = Se tekstene i denne gruppen
staff-review-texts-link = Alle godkjente tekster
staff-review-texts-title = Tekster fra alle høringer
staff-review-texts-explain = Godkjente tekster fra alle organisasjoner, nyeste først. Rett temaene en tekst er merket med når maskinen tok feil: den lærer av hver rettelse.
staff-review-filter = Viser: { $filter }.
staff-review-filter-theme = gruppen «{ $words }»
staff-review-show-all = Vis alle tekstene
staff-review-filter-label = Vis bare tekster om
staff-review-filter-button = Vis
staff-review-suppressed = Færre enn { $k } tekster passer, så ingen vises, for å beskytte dem som skrev.
staff-review-count =
    { $count ->
        [one] Én godkjent tekst.
       *[other] { $count } godkjente tekster.
    }
staff-review-pages = Sider
staff-review-page = Side { $page } av { $pages }
staff-review-previous = Forrige side
staff-review-next = Neste side

## Gjennomgåernes oversikt
overview-title = Oversikt over hva unge sier
overview-explain = Alle tekster unge har skrevet, på tvers av alle høringer, sortert etter hva de mest handler om: oppdragets delmål og arenaer, tverrgående faktorer, og når de kom inn. Velg filtre for å snevre inn; adressen til siden er en lenke til akkurat denne visningen.
overview-filters = Filtre
overview-filter-from = Fra måned
overview-filter-to = Til måned
overview-filter-county = Fylke
overview-filter-age = Alder
overview-filter-lang = Skrevet på
overview-filter-org = Organisasjon
overview-filter-consultation = Høring
overview-filter-goal = Hoveddelmål
overview-filter-arena = Hovedarena
overview-filter-factor = Faktor
overview-all = Alle
overview-show = Vis
overview-reset = Fjern filtrene
overview-showing = Viser: { $filters }
overview-no-filters = alle tekster
overview-link = Lenke til denne visningen
overview-export-csv = Last ned som CSV
overview-hidden = skjult
overview-hidden-explain = Et tall som kommer fra færre enn { $k } unge, er skjult, og det samme er nok andre tall til at det ikke kan regnes ut fra summene. Hvert tall som vises, er også flyttet opptil 2 opp eller ned – likt hver gang for de samme tekstene – slik at det å sammenligne to visninger ikke avslører en liten gruppe. Derfor kan summer avvike litt fra delene.
overview-heat-title = Delmål og arenaer
overview-heat-explain = Hver tekst telles én gang, der den mest hører hjemme: en rad for hoveddelmålet, en kolonne for hovedarenaen. Mørkere betyr flere tekster; prosenten er andelen av alle tekstene som vises. Velg en rute for å se bare de tekstene.
overview-table-caption = Tallene i figuren
overview-total = Sum
overview-no-goal = Uten delmål
overview-no-arena = Uten arena
overview-factors-title = Tverrgående faktorer
overview-factors-explain = Hvor mange tekster som berører hver faktor. En tekst kan berøre flere, så tallene blir ikke til summen.
overview-months-title = Tekster måned for måned
overview-months-explain = Hvor mange tekster som kom inn hver måned.
overview-nothing = Ingen tekster passer med disse filtrene.
overview-bad-filter = Et av filtrene i adressen er ikke et denne siden kjenner. Fjern filtrene og velg på nytt.
overview-drill-title = Hva disse tekstene handler om
overview-drill-themes = Temaer blant dem
overview-drill-quotes = Noen av de godkjente tekstene
overview-drill-suppressed = Disse tekstene kommer fra færre enn { $k } unge, så ingen temaer eller sitater vises.
overview-export-xlsx = Last ned som Excel
overview-sheet = Oversikt
overview-people-title = Unge måned for måned
overview-people-explain = Hvor mange unge som skrev tekstene hver måned (hver telt én gang i måneden).
overview-made = Laget { $time }.
overview-compare-label = Sammenlign grupper
overview-compare-none = Ingen sammenligning
overview-compare-title = Grupper side om side
overview-compare-explain = De samme tekstene etter gruppe og hoveddelmål, én rad per gruppe. Velg en rute for å se bare den gruppen og det delmålet.
overview-not-given = Ikke oppgitt
overview-filter-theme = Tema
overview-theme-unnamed = en gruppe uten ord å vise
staff-cross-themes-over-time = Følg det over tid

## Publishing what we heard and what we did
overview-publish = Publiser det vi hørte fra denne visningen
publications-title = Publisert: det vi hørte og det vi gjorde
publications-explain = Det som publiseres her, vises for alle på siden «Dette har vi hørt» og som åpne data. Tallene telles når noe publiseres, og endrer seg ikke etterpå. Tall fra færre unge enn grensen for offentlige tall vises ikke.
publications-from-overview = Publiser noe nytt fra oversikten
publications-public-page = Se den offentlige siden
publications-none = Ingenting er publisert ennå. Velg en visning i oversikten og trykk «Publiser det vi hørte fra denne visningen».
publications-public = Vises offentlig
publications-withdrawn = Trukket tilbake: vises ikke offentlig
publications-withdraw = Trekk tilbake fra den offentlige siden
publications-restore = Vis på den offentlige siden igjen
publications-update-legend = Det vi gjorde (nytt innlegg)
publications-update-button = Legg til det vi gjorde
publications-new-title = Publiser det vi hørte
publications-new-explain = Skriv med ord unge forstår hva dere hørte. Tallene under telles nå og lagres sammen med teksten; senere tekster endrer dem ikke.
publications-back-to-overview = Tilbake til oversikten
publications-preview-heading = Tallene slik de blir vist offentlig
publications-preview-explain = Tall fra færre enn { $k } unge er skjult, og nok andre tall med dem til at ingen sum avslører dem.
publications-title-legend = Tittel
publications-heard-legend = Det vi hørte (tomme linjer deler avsnitt)
publications-publish-button = Publiser

## The overview week by week
overview-weeks-title = Tekster uke for uke
overview-weeks-explain = Hvor mange tekster som kom inn hver uke (ISO-uker, mandag til søndag).
overview-people-weeks-title = Unge uke for uke
overview-people-weeks-explain = Hvor mange unge som skrev tekster hver uke (hver telles én gang per uke).
overview-step-label = Over tid
overview-step-month = Måned for måned
overview-step-week = Uke for uke
