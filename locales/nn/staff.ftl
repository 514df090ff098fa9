# What staff (youth organisations, the Innsatsgruppe, administrators) see.
staff-sign-in-title = Logg inn for tilsette
staff-sign-in-lead = Innlogging er berre for dei som lagar og les undersøkingar. Unge som svarar, treng aldri å logge inn.
staff-email-label = E-postadresse
staff-password-label = Passord
staff-sign-in-button = Logg inn
staff-signed-in-as = Du er logga inn som { $name }.
staff-home-title = Sida di
staff-hello = Hei, { $name }
staff-role-line = Rolle: { $role }
staff-role-admin = administrator
staff-role-facilitator = tilretteleggjar i ein organisasjon
staff-role-reviewer = lesar i Innsatsgruppa
staff-need-sign-in = Du må logge inn for å sjå denne sida
staff-change-password-heading = Byt passord
staff-current-password-label = Passordet du har no
staff-new-password-label = Nytt passord
staff-new-password-hint = Minst 12 teikn. Ei setning du hugsar, er eit godt passord.
staff-change-password-button = Byt passord
staff-password-changed = Passordet er bytt. Du er logga ut alle andre stader.
staff-sign-out-heading = Logg ut
staff-sign-out-button = Logg ut
staff-sign-out-everywhere-hint = Har du vore logga inn på ei anna maskin, kan du logge ut der òg.
staff-sign-out-everywhere-button = Logg ut overalt
error-sign-in-failed = E-postadressa eller passordet er feil.
error-too-many-attempts = For mange forsøk. Vent eit kvarter og prøv igjen.
error-csrf = Skjemaet er for gammalt. Last inn sida på nytt og prøv igjen.
error-current-password-wrong = Passordet du har no, er feil.
staff-forbidden-title = Du har ikkje tilgang til denne sida
staff-forbidden-body = Sida er for ei anna rolle enn di. Spør ein administrator om du treng tilgang.
staff-admin-title = Administrasjon
staff-admin-invite-heading = Inviter ein tilsett
staff-admin-invite-name-label = Namn
staff-admin-invite-role-label = Rolle
staff-admin-invite-org-label = Organisasjon
staff-admin-invite-org-none = Ingen (for lesarar og administratorar)
staff-admin-invite-button = Lag invitasjonslenkje
staff-admin-invite-link = Send denne lenkja til den du inviterer. Ho verkar éin gong, i sju dagar:
staff-admin-organisations-heading = Organisasjonar
staff-admin-org-name-label = Namn på ny organisasjon
staff-admin-create-org-button = Legg til organisasjon
staff-admin-staff-heading = Tilsette
staff-admin-status = Status
staff-admin-pending = Invitert
staff-admin-active = Aktiv
staff-invite-heading = Invitasjon
staff-invite-welcome = Velkomen, { $name }
staff-invite-lead = Vel eit passord. Då er kontoen din klar, og du blir logga inn.
staff-invite-button = Lagre passord og logg inn
staff-invite-used-title = Denne invitasjonen er brukt
staff-invite-expired-title = Denne invitasjonen har gått ut
staff-invite-unknown-title = Vi finn ikkje denne invitasjonen
staff-invite-ask-again = Be administratoren om ei ny lenkje.
error-org-needed = Ein tilretteleggjar må høyre til ein organisasjon. Vel ein organisasjon.
error-org-not-allowed = Berre tilretteleggjarar høyrer til ein organisasjon. Vel «Ingen».
error-email-taken = Det finst alt ein konto med denne e-postadressa.
staff-consultations-title = Undersøkingar
staff-consultations-none = Organisasjonen din har ingen undersøkingar enno.
staff-session-mode-live = I rommet no (live)
staff-session-mode-open = Open lenkje mellom to datoar
staff-session-accepting = tek imot svar
staff-session-not-accepting = tek ikkje imot svar
staff-session-responses =
    { $count ->
        [one] { $count } svar
       *[other] { $count } svar
    }
staff-session-new = Opne ei ny økt
staff-session-opens = Første dag (valfritt)
staff-session-closes = Siste dag (valfritt)
staff-session-dates-hint = Utan datoar er lenkja open til du avsluttar økta.
staff-session-open-button = Opne økt
staff-session-code-aria = Koden er { $code }
staff-session-qr-label = QR-kode som opnar undersøkinga
staff-session-link = Lenkje:
staff-session-poster = Skriv ut plakat
staff-session-end = Avslutt økta
poster-instruction = Skann koden med mobilen, eller gå til adressa og skriv inn koden. Du er anonym.
error-date-invalid = Datoen vart ikkje forstått. Bruk datoveljaren.
error-date-order = Siste dag må kome etter første dag.
staff-template-heading = Lag ei ny undersøking frå ein mal
staff-template-use = Bruk malen
staff-results-heading = Resultat så langt
staff-results-written =
    { $count ->
        [one] { $count } skrive svar. Tekstane blir viste når personopplysningar er fjerna.
       *[other] { $count } skrivne svar. Tekstane blir viste når personopplysningar er fjerna.
    }

staff-moderate-link = Fritekstar og moderering
staff-moderate-title = Fritekstar
staff-moderate-back = Tilbake til økta
staff-moderate-waiting =
    { $count ->
        [one] { $count } tekst ventar på å bli sett gjennom.
       *[other] { $count } tekstar ventar på å bli sett gjennom.
    }
staff-help-offered =
    { $count ->
        [one] { $count } ung person har fått sjå hjelpetelefonar i denne økta. Vi viser aldri kven.
       *[other] { $count } unge har fått sjå hjelpetelefonar i denne økta. Vi viser aldri kven.
    }
staff-moderate-explain = Namn, telefonnummer og andre personopplysningar er alt tekne bort. Berre godkjende tekstar blir viste på skjermen og går ut av organisasjonen.
staff-moderate-status-pending = Ventar
staff-moderate-status-approved = Godkjend
staff-moderate-status-hidden = Skjult
staff-moderate-approve = Godkjenn
staff-moderate-help-offered = Den som skreiv dette, fekk sjå hjelpetelefonane, fordi teksten kan handle om at hen har det vondt eller er i fare.
staff-moderate-help-confirm = Eg har lese teksten og vil likevel vise han på storskjermen.
staff-moderate-help-confirm-missing = Den som skreiv denne teksten, fekk sjå hjelpetelefonane. Kryss av for at du har lese han og likevel vil godkjenne han.
staff-moderate-hide = Skjul
staff-moderate-reason-label = Kvifor skal teksten skjulast?
staff-moderate-reason-shown = Skjult fordi: { $reason }
staff-moderate-redact = Skjul desse orda
staff-moderate-part-label = Ord som skal skjulast (skriv dei nøyaktig)
staff-moderate-reason-missing = Skriv kvifor teksten skal skjulast.
staff-moderate-reason-too-long = Grunngjevinga kan ha høgst 300 teikn.
staff-moderate-part-missing = Skriv orda som skal skjulast.
staff-moderate-part-not-found = Vi fann ikkje dei orda i teksten. Skriv dei nøyaktig slik dei står.
staff-labels-heading = Tema
staff-labels-none = Ingen tema
staff-label-suggested = { $name } (forslag, { $percent } %)
staff-label-confirmed = { $name } (stadfesta)
staff-labels-correct = Rett tema
staff-labels-save = Lagre tema
staff-dimension-goal = Delmål
staff-dimension-arena = Arenaer
staff-dimension-factor = Tverrgåande faktorar

staff-present-open = Vis på storskjerm
staff-present-title = Storskjerm
staff-present-joined =
    { $count ->
        [one] { $count } har vorte med
       *[other] { $count } har vorte med
    }
staff-present-sent =
    { $count ->
        [one] { $count } har sendt
       *[other] { $count } har sendt
    }
staff-present-position = Spørsmål { $n } av { $total }
staff-present-paced = mobilane følgjer denne skjermen
staff-present-self-paced = alle svarar i sitt eige tempo
staff-present-results-label = Spørsmålet no og svara så langt
staff-present-results-hidden = Resultata er gøymde.
staff-present-previous = Førre spørsmål
staff-present-next = Neste spørsmål
staff-present-switch-paced = La mobilane følgje skjermen
staff-present-switch-self-paced = Byt til eige tempo
staff-present-hide = Gøym resultata
staff-present-reveal = Vis resultata
staff-present-back = Tilbake til økta

staff-export-csv = Last ned svara (CSV)
staff-export-xlsx = Last ned svara (Excel)
export-sheet-answers = Svar
export-sheet-dictionary = Dataordbok
export-dictionary-column = Kolonne
export-dictionary-meaning = Kva han tyder
export-col-response = Løpenummer for eitt innsendt svar i denne fila. Den same personen kan ikkje sporast mellom filer.
export-col-session = Koden til økta svaret kom inn i.
export-col-submitted_hour = Timen svaret vart lagra (UTC). Vi lagrar aldri meir nøyaktig tid.
export-col-language = Språket den unge svara på: nb, nn, se eller en.
export-col-age_band = Aldersgruppe, viss den unge ville oppgje ho.
export-col-county = Fylke, viss den unge ville oppgje det.
export-col-question_no = Nummeret på spørsmålet i undersøkinga.
export-col-question = Spørsmålet, slik det stod.
export-col-question_kind = Spørsmålstype: single_choice, multiple_choice, scale, free_text eller idea.
export-col-option = Svaralternativet som vart valt. Ved fleire val kjem kvart val på eiga rad.
export-col-scale = Verdi på skalaen frå 1 (svært dårleg) til 5 (svært bra).
export-col-idea_title = Tittelen på ein idé. Berre godkjende tekstar blir tekne med.
export-col-text = Friteksten, med personopplysningar fjerna. Berre godkjende tekstar blir tekne med.
export-col-moderation = For fritekst: pending (ventar), approved (godkjend) eller hidden (skjult).
export-col-goals = Delmål i rammeverket. [auto] er føreslått av maskina, [confirmed] er stadfesta av eit menneske.
export-col-arenas = Arenaer i rammeverket, merkte [auto] eller [confirmed] som for delmål.
export-col-factors = Tverrgåande faktorar, merkte [auto] eller [confirmed] som for delmål.

# Redigering av undersøkingar, og førehandsvising.
staff-editor-open = Rediger spørsmål
staff-editor-preview = Førehandsvis
staff-editor-title = Rediger undersøkinga
staff-editor-fallback-explain = Skriv kvar tekst på så mange språk du kan. Manglar eit språk, ser dei unge som har valt det, teksten på eit anna språk. Under kvar tekst står det kva for eitt.
staff-editor-locked = Denne undersøkinga har fått svar. Du kan framleis rette tekstane, men spørsmål og svaralternativ kan ikkje lenger leggjast til, fjernast eller flyttast, slik at svara held på tydinga si.
staff-editor-locked-error = Denne undersøkinga har alt fått svar. Spørsmål og svaralternativ kan ikkje lenger leggjast til, fjernast eller flyttast. Du kan framleis rette tekstane.
staff-editor-no-questions = Denne undersøkinga har ingen spørsmål enno.
staff-editor-texts-heading = Tittel og innleiing
staff-editor-title-legend = Tittel
staff-editor-intro-legend = Innleiing
staff-editor-save-texts = Lagre tittel og innleiing
staff-editor-questions-heading = Spørsmål
staff-editor-question-heading = Spørsmål { $n }: { $kind }
staff-editor-prompt-legend = Spørsmål
staff-editor-help-legend = Hjelpetekst under spørsmålet (valfritt)
staff-editor-save-question = Lagre spørsmål { $n }
staff-editor-preview-question = Førehandsvis spørsmål { $n }
staff-editor-missing = Manglar: { $langs }
staff-editor-falls-back = { $missing } (viser { $shown })
staff-editor-language-label = Språk
staff-editor-options-heading = Svaralternativ
staff-editor-option-legend = Svaralternativ
staff-editor-option-save = Lagre svaralternativet
staff-editor-option-remove = Fjern svaralternativet
staff-editor-option-new-label = Nytt svaralternativ
staff-editor-option-add = Legg til svaralternativ
staff-editor-move-up = Flytt spørsmål { $n } opp
staff-editor-move-down = Flytt spørsmål { $n } ned
staff-editor-delete-question = Slett spørsmål { $n } …
staff-editor-delete-warning = Spørsmålet og svaralternativa blir sletta for godt.
staff-editor-delete-confirm = Ja, slett spørsmål { $n }
staff-editor-add-heading = Legg til eit spørsmål
staff-editor-kind-label = Type spørsmål
staff-editor-options-label = Svaralternativ
staff-editor-options-hint = Berre for eitt eller fleire val: minst to svaralternativ, eitt på kvar linje. La feltet stå tomt for andre typar.
staff-editor-add-button = Legg til spørsmål
staff-kind-single-choice = Eitt val
staff-kind-multiple-choice = Fleire val
staff-kind-scale = Skala frå 1 til 5
staff-kind-free-text = Fritekst
staff-kind-idea = Idé
staff-new-heading = Lag ei ny undersøking frå grunnen av
staff-new-intro-label = Innleiing (valfritt)
staff-new-intro-hint = Utan innleiing les dei unge ein standardtekst. Du kan endre han etterpå.
staff-new-button = Lag undersøking
staff-new-default-intro = Vi vil høyre kva du meiner. Svar på dei spørsmåla du vil svare på. Du er anonym.
staff-preview-title = Førehandsvising
staff-preview-note = Førehandsvising: slik ser spørsmålet ut på ein mobil. Ingenting du vel her, blir sendt.
staff-preview-back = Tilbake til redigeringa
staff-preview-langs = Førehandsvis på eit anna språk
staff-editor-error-empty = Skriv teksten på minst eitt språk.
staff-editor-error-too-long = Ein av tekstane er for lang. Gjer han kortare og prøv igjen.
staff-editor-error-options-not-allowed = Berre spørsmål med eitt eller fleire val har svaralternativ.
staff-editor-error-too-few-options = Eit spørsmål med val treng minst to svaralternativ.
staff-editor-error-too-many-options = Eit spørsmål kan ha høgst 20 svaralternativ.
staff-editor-error-too-many-questions = Ei undersøking kan ha høgst 50 spørsmål.

staff-themes-heading = Tema som går igjen
staff-themes-explain = Maskina grupperer tekstar som liknar kvarandre, og viser orda som skil kvar gruppe frå dei andre. Skjulte tekstar er ikkje med.
staff-themes-none = Det er for få tekstar enno til å finne tema.
staff-themes-size =
    { $count ->
        [one] { $count } tekst
       *[other] { $count } tekstar
    }

## Tema på tvers av alle høyringar (gjennomgåarar)
staff-cross-themes-title = Tema på tvers av alle høyringar
staff-cross-themes-explain = Maskina grupperer alle tekstar frå unge som liknar kvarandre, på tvers av alle høyringar, og namngjev kvar gruppe med orda som skil ho frå dei andre, på språka ho vart skriven på. Skjulte tekstar er ikkje med; sitat er berre frå godkjende tekstar.
staff-cross-themes-running = Tekstane blir grupperte no
staff-cross-themes-started = Starta { $time }.
staff-cross-themes-step = Steg { $step } av { $steps }: { $phase }
staff-cross-themes-count = { $done } av { $total }
staff-cross-themes-percent = Omtrent { $percent } % ferdig. Sida oppdaterer seg sjølv.
staff-cross-themes-phase-loading = les tekstane
staff-cross-themes-phase-vectorising = finn orda i kvar tekst
staff-cross-themes-phase-clustering = grupperer tekstar som liknar
staff-cross-themes-phase-naming = namngjev gruppene
staff-cross-themes-phase-saving = lagrar gruppene
staff-cross-themes-failed = Den førre grupperinga vart ikkje ferdig. Start ho på nytt.
staff-cross-themes-start = Grupper alle tekstane på nytt no
staff-cross-themes-start-hint = Dette skjer òg av seg sjølv éin gong i døgnet når det har kome nye tekstar. Det tek under eitt minutt, sjølv med ein million tekstar.
staff-cross-themes-none-yet = Ingen tekstar er grupperte enno.
staff-cross-themes-latest = Siste tema
staff-cross-themes-summary = Gruppert { $time }, frå { $texts } tekstar.
staff-cross-themes-small-hidden =
    { $count ->
        [one] Éi gruppe med færre enn { $k } tekstar blir ikkje vist, for å verne dei som skreiv.
       *[other] { $count } grupper med færre enn { $k } tekstar blir ikkje viste, for å verne dei som skreiv.
    }
staff-cross-themes-labels = Handlar mest om: { $labels }
staff-cross-themes-see-texts = Sjå tekstane i denne gruppa
staff-review-texts-link = Alle godkjende tekstar
staff-review-texts-title = Tekstar frå alle høyringar
staff-review-texts-explain = Godkjende tekstar frå alle organisasjonar, nyaste først. Rett tema ein tekst er merkt med når maskina tok feil: ho lærer av kvar retting.
staff-review-filter = Viser: { $filter }.
staff-review-filter-theme = gruppa «{ $words }»
staff-review-show-all = Vis alle tekstane
staff-review-filter-label = Vis berre tekstar om
staff-review-filter-button = Vis
staff-review-suppressed = Færre enn { $k } tekstar passar, så ingen blir viste, for å verne dei som skreiv.
staff-review-count =
    { $count ->
        [one] Éin godkjend tekst.
       *[other] { $count } godkjende tekstar.
    }
staff-review-pages = Sider
staff-review-page = Side { $page } av { $pages }
staff-review-previous = Førre side
staff-review-next = Neste side

## Oversikta til gjennomgåarane
overview-title = Oversikt over kva unge seier
overview-explain = Alle tekstar unge har skrive, på tvers av alle høyringar, sorterte etter kva dei mest handlar om: delmåla og arenaane i oppdraget, tverrgåande faktorar, og når dei kom inn. Vel filter for å snevre inn; adressa til sida er ei lenkje til akkurat denne visinga.
overview-filters = Filter
overview-filter-from = Frå månad
overview-filter-to = Til månad
overview-filter-county = Fylke
overview-filter-age = Alder
overview-filter-lang = Skrive på
overview-filter-org = Organisasjon
overview-filter-consultation = Høyring
overview-filter-goal = Hovuddelmål
overview-filter-arena = Hovudarena
overview-filter-factor = Faktor
overview-all = Alle
overview-show = Vis
overview-reset = Fjern filtera
overview-showing = Viser: { $filters }
overview-no-filters = alle tekstar
overview-link = Lenkje til denne visinga
overview-export-csv = Last ned som CSV
overview-hidden = skjult
overview-hidden-explain = Eit tal som kjem frå færre enn { $k } unge, er skjult, og det same er nok andre tal til at det ikkje kan reknast ut frå summane. Kvart tal som blir vist, er òg flytt opptil 2 opp eller ned – likt kvar gong for dei same tekstane – slik at det å samanlikne to visingar ikkje avslører ei lita gruppe. Difor kan summar avvike litt frå delane.
overview-heat-title = Delmål og arenaer
overview-heat-explain = Kvar tekst blir talt éin gong, der han mest høyrer heime: ei rad for hovuddelmålet, ein kolonne for hovudarenaen. Mørkare tyder fleire tekstar; prosenten er delen av alle tekstane som blir viste. Vel ei rute for å sjå berre dei tekstane.
overview-table-caption = Tala i figuren
overview-total = Sum
overview-no-goal = Utan delmål
overview-no-arena = Utan arena
overview-factors-title = Tverrgåande faktorar
overview-factors-explain = Kor mange tekstar som rører ved kvar faktor. Ein tekst kan røre ved fleire, så tala blir ikkje til summen.
overview-months-title = Tekstar månad for månad
overview-months-explain = Kor mange tekstar som kom inn kvar månad.
overview-nothing = Ingen tekstar passar med desse filtera.
overview-bad-filter = Eitt av filtera i adressa er ikkje eitt denne sida kjenner. Fjern filtera og vel på nytt.
overview-drill-title = Kva desse tekstane handlar om
overview-drill-themes = Tema blant dei
overview-drill-quotes = Nokre av dei godkjende tekstane
overview-drill-suppressed = Desse tekstane kjem frå færre enn { $k } unge, så ingen tema eller sitat blir viste.
overview-export-xlsx = Last ned som Excel
overview-sheet = Oversikt
overview-people-title = Unge månad for månad
overview-people-explain = Kor mange unge som skreiv tekstane kvar månad (kvar talt éin gong i månaden).
overview-made = Laga { $time }.
overview-compare-label = Samanlikn grupper
overview-compare-none = Inga samanlikning
overview-compare-title = Grupper side om side
overview-compare-explain = Dei same tekstane etter gruppe og hovuddelmål, éi rad per gruppe. Vel ei rute for å sjå berre den gruppa og det delmålet.
overview-not-given = Ikkje oppgitt
overview-filter-theme = Tema
overview-theme-unnamed = ei gruppe utan ord å vise
staff-cross-themes-over-time = Følg det over tid

## Publishing what we heard and what we did
overview-publish = Publiser det vi høyrde frå denne visinga
publications-title = Publisert: det vi høyrde og det vi gjorde
publications-explain = Det som blir publisert her, blir vist for alle på sida «Dette har vi høyrt» og som opne data. Tala blir talde når noko blir publisert, og endrar seg ikkje etterpå. Tal frå færre unge enn grensa for offentlege tal blir ikkje viste.
publications-from-overview = Publiser noko nytt frå oversikta
publications-public-page = Sjå den offentlege sida
publications-none = Ingenting er publisert enno. Vel ei vising i oversikta og trykk «Publiser det vi høyrde frå denne visinga».
publications-public = Blir vist offentleg
publications-withdrawn = Trekt tilbake: blir ikkje vist offentleg
publications-withdraw = Trekk tilbake frå den offentlege sida
publications-restore = Vis på den offentlege sida igjen
publications-update-legend = Det vi gjorde (nytt innlegg)
publications-update-button = Legg til det vi gjorde
publications-new-title = Publiser det vi høyrde
publications-new-explain = Skriv med ord unge forstår kva de høyrde. Tala under blir talde no og lagra saman med teksten; seinare tekstar endrar dei ikkje.
publications-back-to-overview = Tilbake til oversikta
publications-preview-heading = Tala slik dei blir viste offentleg
publications-preview-explain = Tal frå færre enn { $k } unge er skjulte, og nok andre tal med dei til at ingen sum avslører dei.
publications-title-legend = Tittel
publications-heard-legend = Det vi høyrde (tomme linjer deler avsnitt)
publications-publish-button = Publiser

## The overview week by week
overview-weeks-title = Tekstar veke for veke
overview-weeks-explain = Kor mange tekstar som kom inn kvar veke (ISO-veker, måndag til sundag).
overview-people-weeks-title = Unge veke for veke
overview-people-weeks-explain = Kor mange unge som skreiv tekstar kvar veke (kvar blir talt éin gong per veke).
overview-step-label = Over tid
overview-step-month = Månad for månad
overview-step-week = Veke for veke
