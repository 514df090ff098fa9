# What staff (youth organisations, the Innsatsgruppe, administrators) see. Northern Sámi.
staff-sign-in-title = Bargiid sisačáliheapmi
staff-sign-in-lead = Sisačáliheapmi lea dušše sidjiide geat ráhkadit ja lohket iskkadusaid. Nuorat geat vástidit, eai goassege dárbbaš čálihit sisa.
staff-email-label = E-poastačujuhus
staff-password-label = Beassansátni
staff-sign-in-button = Čálit sisa
staff-signed-in-as = Don leat čálihan sisa nugo { $name }.
staff-home-title = Du siidu
staff-hello = Bures, { $name }
staff-role-line = Rolla: { $role }
staff-role-admin = administráhtor
staff-role-facilitator = láhčči organisašuvnnas
staff-role-reviewer = lohkki Innsatsgruppas
staff-need-sign-in = Don fertet čálihit sisa vai oaidnát dán siiddu
staff-change-password-heading = Molsso beassansáni
staff-current-password-label = Beassansátni mii dus lea dál
staff-new-password-label = Ođđa beassansátni
staff-new-password-hint = Unnimusat 12 mearkka. Cealkka maid muittát, lea buorre beassansátni.
staff-change-password-button = Molsso beassansáni
staff-password-changed = Beassansátni lea molsojuvvon. Don leat čálihuvvon olggos buot eará sajiin.
staff-sign-out-heading = Čálit olggos
staff-sign-out-button = Čálit olggos
staff-sign-out-everywhere-hint = Jus leat leamaš čálihan sisa eará dihtoris, sáhtát čálihit olggos doppe maid.
staff-sign-out-everywhere-button = Čálit olggos juohke sajis
error-sign-in-failed = E-poastačujuhus dahje beassansátni lea boastut.
error-too-many-attempts = Menddo ollu geahččalemiid. Vuordde njealjádasdiimmu ja geahččal fas.
error-csrf = Skovvi lea menddo boaris. Viečča siiddu ođđasit ja geahččal fas.
error-current-password-wrong = Beassansátni mii dus lea dál, lea boastut.
staff-forbidden-title = Dus ii leat beassan dán siidui
staff-forbidden-body = Siidu lea eará rollii go du rollii. Jeara administráhtoris jus dárbbašat beassat.
staff-admin-title = Hálddašeapmi
staff-admin-invite-heading = Bovde bargi
staff-admin-invite-name-label = Namma
staff-admin-invite-role-label = Rolla
staff-admin-invite-org-label = Organisašuvdna
staff-admin-invite-org-none = Ii mihkkege (lohkkiide ja administráhtoriidda)
staff-admin-invite-button = Ráhkat bovdehusliŋkka
staff-admin-invite-link = Sádde dán liŋkka dasa gean bovdet. Dat doaibmá oktii, čieža beaivvi:
staff-admin-organisations-heading = Organisašuvnnat
staff-admin-org-name-label = Ođđa organisašuvnna namma
staff-admin-create-org-button = Lasit organisašuvnna
staff-admin-staff-heading = Bargit
staff-admin-status = Dilli
staff-admin-pending = Bovdejuvvon
staff-admin-active = Aktiivvalaš
staff-invite-heading = Bovdehus
staff-invite-welcome = Bures boahtin, { $name }
staff-invite-lead = Vállje beassansáni. Dalle du kontu lea gárvvis, ja don čálihuvvot sisa.
staff-invite-button = Vurke beassansáni ja čálit sisa
staff-invite-used-title = Dát bovdehus lea juo geavahuvvon
staff-invite-expired-title = Dát bovdehus lea nohkan
staff-invite-unknown-title = Mii eat gávdna dán bovdehusa
staff-invite-ask-again = Jeara administráhtoris ođđa liŋkka.
error-org-needed = Láhčči ferte gullat organisašuvdnii. Vállje organisašuvnna.
error-org-not-allowed = Dušše láhččit gullet organisašuvdnii. Vállje «Ii mihkkege».
error-email-taken = Dáinna e-poastačujuhusain lea juo kontu.
staff-consultations-title = Iskkadusat
staff-consultations-none = Du organisašuvnnas eai leat vel iskkadusat.
staff-session-mode-live = Lanjas dál (live)
staff-session-mode-open = Rabas liŋka guovtti beaivvi gaskka
staff-session-accepting = vuostáiváldá vástádusaid
staff-session-not-accepting = ii vuostáiváldde vástádusaid
staff-session-responses =
    { $count ->
        [one] { $count } vástádus
        [two] { $count } vástádusa
       *[other] { $count } vástádusa
    }
staff-session-new = Raba ođđa čoahkkima
staff-session-opens = Vuosttaš beaivi (eaktodáhtolaš)
staff-session-closes = Maŋimus beaivi (eaktodáhtolaš)
staff-session-dates-hint = Beaivviid haga liŋka lea rabas dassážii go loahpahat čoahkkima.
staff-session-open-button = Raba čoahkkima
staff-session-code-aria = Koda lea { $code }
staff-session-qr-label = QR-koda mii rahpá iskkadusa
staff-session-link = Liŋka:
staff-session-poster = Čálit plakáhta
staff-session-end = Loahpat čoahkkima
poster-instruction = Skánne koda mobiilatelefovnnain, dahje mana čujuhussii ja čális koda. Don leat anonyma.
error-date-invalid = Beaivemearri ii ipmirduvvon. Geavat beaivemearrivállji.
error-date-order = Maŋimus beaivi ferte boahtit maŋŋel vuosttaš beaivvi.
staff-template-heading = Ráhkat ođđa iskkadusa málles
staff-template-use = Geavat málle
staff-results-heading = Bohtosat dán rádjái
staff-results-written =
    { $count ->
        [one] { $count } čállojuvvon vástádus. Teavsttat čájehuvvojit go persovdndieđut leat sihkkojuvvon.
        [two] { $count } čállojuvvon vástádusa. Teavsttat čájehuvvojit go persovdndieđut leat sihkkojuvvon.
       *[other] { $count } čállojuvvon vástádusa. Teavsttat čájehuvvojit go persovdndieđut leat sihkkojuvvon.
    }
