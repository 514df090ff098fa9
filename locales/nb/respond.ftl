# What young people see when they answer.

welcome-title = Si hva du mener
welcome-lead = Her kan du svare på spørsmål og komme med ideer om hvordan det er å være ung der du bor. De som spør, vil bruke svarene til å gjøre ting bedre.
welcome-facts-heading = Godt å vite
welcome-fact-anonymous = Du er anonym. Ingen kan se hvem som svarte hva.
welcome-fact-skip = Du kan hoppe over alle spørsmål.
welcome-fact-languages = Du kan svare på bokmål, nynorsk, samisk eller engelsk.

join-code-label = Skriv inn koden
join-code-hint = Koden har 4 til 8 tegn. Du får den av de som spør, for eksempel på en skjerm eller en plakat.
join-button = Gå videre
join-question-count =
    { $count ->
        [one] Det er { $count } spørsmål.
       *[other] Det er { $count } spørsmål.
    }
start-button = Start
unknown-code-title = Vi finner ikke den koden
unknown-code-body = Sjekk at du har skrevet koden riktig. Koden kan også ha gått ut.
closed-title = Denne undersøkelsen er stengt
closed-body = Det er ikke lenger mulig å svare her. Takk for at du ville være med!
too-fast-title = For mange på en gang
too-fast-body = Det kom veldig mange svar herfra akkurat nå. Vent litt, og send svaret ditt på nytt.
draft-missing-title = Vi finner ikke svarene dine
draft-missing-body = Det kan ha gått mer enn ett døgn siden du startet. Skriv inn koden på nytt for å begynne igjen.
already-sent-title = Svarene dine er sendt
already-sent-body = Vi har fått svarene dine. Du trenger ikke gjøre noe mer.

progress = Spørsmål { $n } av { $total }
choose-any = Du kan velge flere.
scale-1 = Veldig dårlig
scale-2 = Dårlig
scale-3 = Middels
scale-4 = Bra
scale-5 = Veldig bra
text-privacy-hint = Ikke skriv navn, telefonnummer eller annet som viser hvem du eller andre er.
idea-title-label = Ideen din med noen få ord
idea-description-label = Fortell mer om ideen
next-button = Neste
skip-button = Hopp over
back-button = Tilbake

about-title = Til slutt: om deg
about-why = Hvis du vil, kan du fortelle hvor gammel du er og hvilket fylke du bor i. Da kan vi se om unge i ulike aldre og steder mener ulike ting. Dette er frivillig, og ingen kan finne ut hvem du er.
age-legend = Hvor gammel er du?
age-10-12 = 10–12 år
age-13-15 = 13–15 år
age-16-19 = 16–19 år
age-20-24 = 20–24 år
age-25-29 = 25–29 år
prefer-not-to-say = Vil ikke si
county-label = Hvilket fylke bor du i?
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
send-button = Send svarene

thanks-title = Takk for at du svarte!
thanks-stored = Svarene dine er lagret.
thanks-next-heading = Hva skjer nå?
thanks-next-body = De som laget spørsmålene, leser svarene dine sammen med svarene fra mange andre unge. De bruker dem til å bestemme hva som skal bli bedre. Senere kan du se hva som kom ut av det.
thanks-anonymous-heading = Ingen vet hvem du er
thanks-anonymous-body = Vi har ikke lagret navnet ditt, telefonen din eller IP-adressen din. Ingen kan se hvem som skrev hva.

help-title = Du trenger ikke være alene med dette
help-intro = Det du skrev, høres tungt ut. Her er noen du kan snakke med. Det er gratis, og du trenger ikke si hvem du er.
help-outro = Du kan svare videre nedenfor, eller ta en pause. Svarene dine blir ikke borte.
help-maybe-title = Har du det tøft?
help-maybe-intro = Hvis det du skrev handler om deg, og du har det vanskelig, kan du snakke med noen. Det er gratis, og du trenger ikke si hvem du er.

paced-hint = Dere svarer sammen i gruppa: neste spørsmål kommer når den som leder, går videre.

## What we heard: the public page
welcome-heard-link = Se hva som har kommet ut av det unge har sagt
heard-title = Dette har vi hørt
heard-lead = Her viser Innsatsgruppen i «Ingen barn og unge utenfor!» hva barn og unge har fortalt oss, og hva som er gjort med det. Tall fra svært få unge vises ikke, så ingen kan kjennes igjen.
heard-nothing-yet = Ingenting er publisert ennå. Kom tilbake senere!
heard-open-data = Tallene finnes også som åpne data:
heard-based-on = Bygger på: { $filters }
heard-nothing-done-yet = Her skriver vi hva som blir gjort med det dere sa.
heard-published = Publisert { $date }
heard-heard-heading = Dette hørte vi
heard-did-heading = Dette har vi gjort
heard-who-wrote = { $people } unge skrev { $texts ->
    [one] én tekst
   *[other] { $texts } tekster
}.
heard-who-wrote-people = { $people } unge skrev til oss.
heard-who-wrote-few = Færre enn { $k } unge skrev om dette, så vi viser ikke tall.
heard-goals-heading = Dette skrev de mest om
heard-arenas-heading = Her skjer det
heard-some-hidden = Noen tall er skjult fordi de kommer fra færre enn { $k } unge.

## Without network, and read aloud
offline-title = Du er uten nett
offline-body = Denne sida trenger nett, og telefonen har ikke nett nå.
offline-kept = Svar du allerede har gitt, er lagret på telefonen og blir sendt av seg selv når du har nett igjen.
offline-note = Du er uten nett. Du kan svare videre – svarene lagres på telefonen og sendes når du har nett igjen.
saved-title = Svarene er lagret på telefonen
saved-body = Du har ikke nett akkurat nå. Svarene dine er trygt lagret på denne telefonen, og de blir sendt av seg selv når du har nett igjen.
saved-close = Du kan lukke sida. Åpner du Ungstemme igjen med nett, blir svarene sendt med en gang – bare én gang.
saved-refused = Svarene kunne ikke sendes, fordi undersøkelsen er stengt eller for gammel. Spør den som inviterte deg.
read-aloud = Les opp
