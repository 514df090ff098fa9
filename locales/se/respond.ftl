# What young people see when they answer. Northern Sámi (davvisámegiella).

welcome-title = Cealkke maid oaivvildat
welcome-lead = Dáppe sáhtát vástidit gažaldagaide ja buktit jurdagiid das movt lea leat nuorra doppe gos don orut. Sii geat jerret, áigot geavahit vástádusaid buoridit diliid.
welcome-facts-heading = Buorre diehtit
welcome-fact-anonymous = Don leat anonyma. Ii oktage sáhte oaidnit gii vástidii maid.
welcome-fact-skip = Sáhtát njuiket buot gažaldagaid badjel.
welcome-fact-languages = Sáhtát vástidit girjedárogillii, ođđadárogillii, sámegillii dahje eŋgelasgillii.

join-code-label = Čális koda
join-code-hint = Kodas leat 4–8 mearkka. Oaččut dan sis geat jerret, omd. šearpmas dahje plakáhtas.
join-button = Joatkke
join-question-count =
    { $count ->
        [one] Lea { $count } gažaldat.
        [two] Leat { $count } gažaldaga.
       *[other] Leat { $count } gažaldaga.
    }
start-button = Álgge
unknown-code-title = Mii eat gávdna dan koda
unknown-code-body = Dárkkis ahte leat čállán koda rievttes láhkai. Koda sáhttá maiddái leat nohkan.
closed-title = Dát iskkadus lea giddejuvvon
closed-body = Ii leat šat vejolaš vástidit dáppe. Giitu go háliidit searvat!
too-fast-title = Menddo ollu oktanaga
too-fast-body = Dáppe bohte hirbmat ollu vástádusat dál. Vuordde veaháš, ja sádde vástádusat ođđasit.
draft-missing-title = Mii eat gávdna du vástádusaid
draft-missing-body = Sáhttá leat gollan eanet go jándor dan rájes go álggahit. Čális koda ođđasit vai sáhtát álgit ođđasis.
already-sent-title = Du vástádusat leat sáddejuvvon
already-sent-body = Mii leat ožžon du vástádusaid. Don it dárbbaš dahkat maidege eará.

progress = Gažaldat { $n } / { $total }
choose-any = Sáhtát válljet máŋga.
scale-1 = Hui heittot
scale-2 = Heittot
scale-3 = Gaskamearálaš
scale-4 = Buorre
scale-5 = Hui buorre
text-privacy-hint = Ale čále namaid, telefonnummiriid dahje eará mii čájeha gii don dahje earát leat.
idea-title-label = Du jurdda moatti sániin
idea-description-label = Muital eambbo jurdaga birra
next-button = Čuovvovaš
skip-button = Njuike badjel
back-button = Ruovttoluotta

about-title = Loahpas: du birra
about-why = Jus háliidat, sáhtát muitalit man boaris don leat ja man fylkkas don orut. Dalle mii sáhttit oaidnit oaivvildit go nuorat iešguđet agis ja iešguđet báikkiin iešguđetge láhkai. Dát lea eaktodáhtolaš, ja ii oktage sáhte gávnnahit gii don leat.
age-legend = Man boaris don leat?
age-10-12 = 10–12 jagi
age-13-15 = 13–15 jagi
age-16-19 = 16–19 jagi
age-20-24 = 20–24 jagi
age-25-29 = 25–29 jagi
prefer-not-to-say = In háliit muitalit
county-label = Man fylkkas don orut?
county-agder = Agder
county-akershus = Akershus
county-buskerud = Buskerud
county-finnmark = Finnmárku
county-innlandet = Innlandet
county-more-og-romsdal = Møre ja Romsdal
county-nordland = Nordlánda
county-oslo = Oslo
county-rogaland = Rogaland
county-telemark = Telemark
county-troms = Romsa
county-trondelag = Trøndelága
county-vestfold = Vestfold
county-vestland = Vestland
county-ostfold = Østfold
send-button = Sádde vástádusaid

thanks-title = Giitu go vástidit!
thanks-stored = Du vástádusat leat vurkejuvvon.
thanks-next-heading = Mii dáhpáhuvvá dál?
thanks-next-body = Sii geat ráhkadedje gažaldagaid, lohket du vástádusaid ovttas máŋgga eará nuora vástádusaiguin. Sii geavahit daid mearridit maid galgá buoridit. Maŋŋelis sáhtát oaidnit mii das šattai.
thanks-anonymous-heading = Ii oktage dieđe gii don leat
thanks-anonymous-body = Mii eat leat vurken du nama, du telefovnna iige du IP-čujuhusa. Ii oktage sáhte oaidnit gii čálii maid.

help-title = Don it dárbbaš leat okto dáinna
help-intro = Dat maid čállet, orru lossat. Dás leat olbmot geaiguin sáhtát ságastit. Dat lea nuvttá, ja it dárbbaš muitalit gii don leat.
help-outro = Sáhtát joatkit vástidit vuolábealde, dahje vuoiŋŋastit. Du vástádusat eai láhpo.
help-maybe-title = Leago dus lossat?
help-maybe-intro = Jus dat maid čállet guoská dutnje, ja dus lea váttis, de sáhtát ságastit muhtumiin. Dat lea nuvttá, ja it dárbbaš muitalit gii don leat.

paced-hint = Vástidehpet ovttas joavkkuin: čuovvovaš gažaldat boahtá go jođiheaddji manná viidáset.

## What we heard: the public page
welcome-heard-link = Geahča mii lea šaddan das maid nuorat leat dadjan
heard-title = Maid mii leat gullan
heard-lead = Dás Innsatsgruppa «Ii oktage mánná dahje nuorra olggobeallái!» čájeha maid mánát ja nuorat leat muitalan midjiide, ja maid mii leat dahkan dainna. Loguid hui uhccán nuorain eat čájet, nu ahte ii oktage sáhte dovdojuvvot.
heard-nothing-yet = Ii mihkkege leat vel almmuhuvvon. Boađe fas maŋŋelaš!
heard-open-data = Logut gávdnojit maiddái rabas dieđuin:
heard-based-on = Vuođđu: { $filters }
heard-nothing-done-yet = Dása čállit maid dahkat dainna maid dii dadjabehtet.
heard-published = Almmuhuvvon { $date }
heard-heard-heading = Maid mii gulaimet
heard-did-heading = Maid mii leat dahkan
heard-who-wrote = { $people } nuora čálle { $texts ->
    [one] ovtta teavstta
    [two] guokte teavstta
   *[other] { $texts } teavstta
}.
heard-who-wrote-people = { $people } nuora čálle midjiide.
heard-who-wrote-few = Unnit go { $k } nuora čálle dán birra, danne eat čájet loguid.
heard-goals-heading = Dán birra sii čálle eanemusat
heard-arenas-heading = Dás dat dáhpáhuvvá
heard-some-hidden = Muhtun logut leat čihkkojuvvon danne go dat bohtet unnit go { $k } nuoras.

## Without network, and read aloud
offline-title = Dus ii leat neahtta
offline-body = Dát siidu dárbbaša neahta, ja telefovnnas ii leat neahtta dál.
offline-kept = Vástádusat maid leat juo addán, leat vurkejuvvon telefovdnii ja sáddejuvvojit iešalddis go fas leat neahtas.
offline-note = Dus ii leat neahtta. Sáhtát vástidit viidáset – vástádusat vurkejuvvojit telefovdnii ja sáddejuvvojit go fas leat neahtas.
saved-title = Vástádusat leat vurkejuvvon telefovdnii
saved-body = Dus ii leat neahtta dál. Du vástádusat leat oadjebasat vurkejuvvon dán telefovdnii, ja dat sáddejuvvojit iešalddis go fas leat neahtas.
saved-close = Sáhtát giddet siiddu. Go rahpat Ungstemme fas neahtain, de vástádusat sáddejuvvojit dalán – dušše oktii.
saved-refused = Vástádusaid ii sáhttán sáddet, go iskkadus lea gidda dahje menddo boaris. Jeara sus guhte bovdii du.
read-aloud = Loga jitnosit
