# What young people see when they answer.

welcome-title = Sei kva du meiner
welcome-lead = Her kan du svare på spørsmål og kome med idear om korleis det er å vere ung der du bur. Dei som spør, vil bruke svara til å gjere ting betre.
welcome-facts-heading = Godt å vite
welcome-fact-anonymous = Du er anonym. Ingen kan sjå kven som svarte kva.
welcome-fact-skip = Du kan hoppe over alle spørsmål.
welcome-fact-languages = Du kan svare på bokmål, nynorsk, samisk eller engelsk.

join-code-label = Skriv inn koden
join-code-hint = Koden har 4 til 8 teikn. Du får han av dei som spør, til dømes på ein skjerm eller ein plakat.
join-button = Gå vidare
join-question-count =
    { $count ->
        [one] Det er { $count } spørsmål.
       *[other] Det er { $count } spørsmål.
    }
start-button = Start
unknown-code-title = Vi finn ikkje den koden
unknown-code-body = Sjekk at du har skrive koden rett. Koden kan òg ha gått ut.
closed-title = Denne undersøkinga er stengd
closed-body = Det er ikkje lenger mogleg å svare her. Takk for at du ville vere med!
too-fast-title = For mange på ein gong
too-fast-body = Det kom veldig mange svar herifrå akkurat no. Vent litt, og send svaret ditt på nytt.
draft-missing-title = Vi finn ikkje svara dine
draft-missing-body = Det kan ha gått meir enn eitt døgn sidan du starta. Skriv inn koden på nytt for å byrje igjen.
already-sent-title = Svara dine er sende
already-sent-body = Vi har fått svara dine. Du treng ikkje gjere noko meir.

progress = Spørsmål { $n } av { $total }
choose-any = Du kan velje fleire.
scale-1 = Svært dårleg
scale-2 = Dårleg
scale-3 = Middels
scale-4 = Bra
scale-5 = Svært bra
text-privacy-hint = Ikkje skriv namn, telefonnummer eller anna som viser kven du eller andre er.
idea-title-label = Ideen din med nokre få ord
idea-description-label = Fortel meir om ideen
next-button = Neste
skip-button = Hopp over
back-button = Tilbake

about-title = Til slutt: om deg
about-why = Om du vil, kan du fortelje kor gammal du er og kva fylke du bur i. Då kan vi sjå om unge i ulike aldrar og på ulike stader meiner ulike ting. Dette er frivillig, og ingen kan finne ut kven du er.
age-legend = Kor gammal er du?
age-10-12 = 10–12 år
age-13-15 = 13–15 år
age-16-19 = 16–19 år
age-20-24 = 20–24 år
age-25-29 = 25–29 år
prefer-not-to-say = Vil ikkje seie
county-label = Kva fylke bur du i?
county-agder = Agder
county-akershus = Akershus
county-buskerud = Buskerud
county-finnmark = Finnmark
county-innlandet = Innlandet
county-more-og-romsdal = Møre og Romsdal
county-nordland = Nordland
county-oslo = Oslo
county-rogaland = Rogaland
county-telemark = Telemark
county-troms = Troms
county-trondelag = Trøndelag
county-vestfold = Vestfold
county-vestland = Vestland
county-ostfold = Østfold
send-button = Send svara

thanks-title = Takk for at du svarte!
thanks-stored = Svara dine er lagra.
thanks-next-heading = Kva skjer no?
thanks-next-body = Dei som laga spørsmåla, les svara dine saman med svara frå mange andre unge. Dei bruker dei til å avgjere kva som skal bli betre. Seinare kan du sjå kva som kom ut av det.
thanks-anonymous-heading = Ingen veit kven du er
thanks-anonymous-body = Vi har ikkje lagra namnet ditt, telefonen din eller IP-adressa di. Ingen kan sjå kven som skreiv kva.

help-title = Du treng ikkje vere åleine med dette
help-intro = Det du skreiv, høyrest tungt ut. Her er nokon du kan snakke med. Det er gratis, og du treng ikkje seie kven du er.
help-outro = Du kan svare vidare nedanfor, eller ta ein pause. Svara dine blir ikkje borte.
help-maybe-title = Har du det tøft?
help-maybe-intro = Viss det du skreiv handlar om deg, og du har det vanskeleg, kan du snakke med nokon. Det er gratis, og du treng ikkje seie kven du er.

paced-hint = De svarar saman i gruppa: neste spørsmål kjem når den som leier, går vidare.

## What we heard: the public page
welcome-heard-link = Sjå kva som har kome ut av det unge har sagt
heard-title = Dette har vi høyrt
heard-lead = Her viser Innsatsgruppa i «Ingen barn og unge utanfor!» kva barn og unge har fortalt oss, og kva som er gjort med det. Tal frå svært få unge blir ikkje viste, så ingen kan kjennast att.
heard-nothing-yet = Ingenting er publisert enno. Kom tilbake seinare!
heard-open-data = Tala finst også som opne data:
heard-based-on = Byggjer på: { $filters }
heard-nothing-done-yet = Her skriv vi kva som blir gjort med det de sa.
heard-published = Publisert { $date }
heard-heard-heading = Dette høyrde vi
heard-did-heading = Dette har vi gjort
heard-who-wrote = { $people } unge skreiv { $texts ->
    [one] éin tekst
   *[other] { $texts } tekstar
}.
heard-who-wrote-people = { $people } unge skreiv til oss.
heard-who-wrote-few = Færre enn { $k } unge skreiv om dette, så vi viser ikkje tal.
heard-goals-heading = Dette skreiv dei mest om
heard-arenas-heading = Her skjer det
heard-some-hidden = Nokre tal er skjulte fordi dei kjem frå færre enn { $k } unge.

## Without network, and read aloud
offline-title = Du er utan nett
offline-body = Denne sida treng nett, og telefonen har ikkje nett no.
offline-kept = Svar du alt har gitt, er lagra på telefonen og blir sende av seg sjølv når du har nett igjen.
offline-note = Du er utan nett. Du kan svare vidare – svara blir lagra på telefonen og sende når du har nett igjen.
saved-title = Svara er lagra på telefonen
saved-body = Du har ikkje nett akkurat no. Svara dine er trygt lagra på denne telefonen, og dei blir sende av seg sjølv når du har nett igjen.
saved-close = Du kan lukke sida. Opnar du Ungstemme igjen med nett, blir svara sende med ein gong – berre éin gong.
saved-refused = Svara kunne ikkje sendast, fordi undersøkinga er stengd eller for gammal. Spør den som inviterte deg.
read-aloud = Les opp
