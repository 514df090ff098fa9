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

staff-moderate-link = Friddja teavsttat ja moderašuvdna
staff-moderate-title = Friddja teavsttat
staff-moderate-back = Ruovttoluotta čoahkkimii
staff-moderate-waiting =
    { $count ->
        [one] { $count } teaksta vuordá geahčastaga.
        [two] { $count } teavstta vurdeba geahčastaga.
       *[other] { $count } teavstta vurdet geahčastaga.
    }
staff-help-offered =
    { $count ->
        [one] { $count } nuorra lea oaidnán veahkketelefovnnaid dán čoahkkimis. Mii eat goassege čájet gii.
        [two] { $count } nuora leaba oaidnán veahkketelefovnnaid dán čoahkkimis. Mii eat goassege čájet gii.
       *[other] { $count } nuora leat oaidnán veahkketelefovnnaid dán čoahkkimis. Mii eat goassege čájet gii.
    }
staff-moderate-explain = Namat, telefonnummirat ja eará persovdnadieđut leat juo váldon eret. Dušše dohkkehuvvon teavsttat čájehuvvojit šearpmas ja mannet organisašuvnnas olggos.
staff-moderate-status-pending = Vuordá
staff-moderate-status-approved = Dohkkehuvvon
staff-moderate-status-hidden = Čihkkojuvvon
staff-moderate-approve = Dohkket
staff-moderate-help-offered = Son gii čálii dán, oaččui oaidnit veahkketelefovnnaid, danin go teaksta sáhttá muitalit ahte sus lea bákčas dahje ahte son lea vára vuolde.
staff-moderate-help-confirm = Mun lean lohkan teavstta ja háliidan almmatge čájehit dan stuorra šearpmas.
staff-moderate-help-confirm-missing = Son gii čálii dán teavstta, oaččui oaidnit veahkketelefovnnaid. Merke ahte leat lohkan dan ja almmatge háliidat dohkkehit dan.
staff-moderate-hide = Čiega
staff-moderate-reason-label = Manne teaksta galgá čihkkojuvvot?
staff-moderate-reason-shown = Čihkkojuvvon dan dihte go: { $reason }
staff-moderate-redact = Čiega dáid sániid
staff-moderate-part-label = Sánit mat galget čihkkojuvvot (čále daid dárkilit)
staff-moderate-reason-missing = Čále manne teaksta galgá čihkkojuvvot.
staff-moderate-reason-too-long = Ákkastallamis sáhttet leat eanemusat 300 mearkka.
staff-moderate-part-missing = Čále sániid mat galget čihkkojuvvot.
staff-moderate-part-not-found = Mii eat gávdnan daid sániid teavsttas. Čále daid dárkilit nugo dat leat.
staff-labels-heading = Fáttát
staff-labels-none = Eai fáttát
staff-label-suggested = { $name } (evttohus, { $percent } %)
staff-label-confirmed = { $name } (duođaštuvvon)
staff-labels-correct = Divo fáttáid
staff-labels-save = Vurke fáttáid
staff-dimension-goal = Oasseulbmilat
staff-dimension-arena = Arenat
staff-dimension-factor = Rastačuohpadeaddji fáktorat

staff-present-open = Čájet stuorra šearpmas
staff-present-title = Stuorra šearbma
staff-present-joined =
    { $count ->
        [one] { $count } lea searvan
       *[other] { $count } leat searvan
    }
staff-present-sent =
    { $count ->
        [one] { $count } lea sádden
       *[other] { $count } leat sádden
    }
staff-present-position = Gažaldat { $n } / { $total }
staff-present-paced = mobiillat čuvvot dán šearpma
staff-present-self-paced = juohkehaš vástida iežas leavttuin
staff-present-results-label = Dálá gažaldat ja vástádusat dán rádjái
staff-present-results-hidden = Bohtosat eai oidno dál.
staff-present-previous = Ovddit gažaldat
staff-present-next = Čuovvovaš gažaldat
staff-present-switch-paced = Divtte mobiillaid čuovvut šearpma
staff-present-switch-self-paced = Juohkehaš iežas leavttuin
staff-present-hide = Ale čájet bohtosiid
staff-present-reveal = Čájet bohtosiid
staff-present-back = Ruovttoluotta čoahkkimii

staff-export-csv = Viečča vástádusaid (CSV)
staff-export-xlsx = Viečča vástádusaid (Excel)
export-sheet-answers = Vástádusat
export-sheet-dictionary = Dáhtasátnegirji
export-dictionary-column = Čuolda
export-dictionary-meaning = Maid dat mearkkaša
export-col-response = Ovttaskas sáddejuvvon vástádusa nummir dán fiillas. Seamma olbmo ii sáhte čuovvut fiillaid gaskka.
export-col-session = Dan čoahkkima kodan mas vástádus bođii.
export-col-submitted_hour = Diibmu go vástádus vurkejuvvui (UTC). Mii eat goassege vurke dárkilet áiggi.
export-col-language = Giella mainna nuorra vástidii: nb, nn, se dahje en.
export-col-age_band = Ahkejoavku, jus nuorra háliidii dan muitalit.
export-col-county = Fylka, jus nuorra háliidii dan muitalit.
export-col-question_no = Gažaldaga nummir iskkadeamis.
export-col-question = Gažaldat, nugo dat čuoččui.
export-col-question_kind = Gažaldatšládja: single_choice, multiple_choice, scale, free_text dahje idea.
export-col-option = Vástádusmolssaeaktu mii válljejuvvui. Go leat máŋga válljema, juohke válljen lea sierra gurggas.
export-col-scale = Árvu skálás 1 (hui heittot) rájes 5 (hui buorre) rádjái.
export-col-idea_title = Jurdaga namahus. Dušše dohkkehuvvon teavsttat leat mielde.
export-col-text = Friddja teaksta, persovdnadieđut váldon eret. Dušše dohkkehuvvon teavsttat leat mielde.
export-col-moderation = Friddja teavstta várás: pending (vuordá), approved (dohkkehuvvon) dahje hidden (čihkkojuvvon).
export-col-goals = Rámmaid oasseulbmilat. [auto] lea mašiinna evttohus, [confirmed] lea olmmoš duođaštan.
export-col-arenas = Rámmaid arenat, merkejuvvon [auto] dahje [confirmed] nugo oasseulbmiliin.
export-col-factors = Rastačuohpadeaddji fáktorat, merkejuvvon [auto] dahje [confirmed] nugo oasseulbmiliin.

# Iskkadusaid rievdadeapmi ja ovdačájeheapmi.
staff-editor-open = Rievdat gažaldagaid
staff-editor-preview = Geahča ovdalgihtii
staff-editor-title = Rievdat iskkadusa
staff-editor-fallback-explain = Čále juohke teavstta nu máŋgga gillii go sáhtát. Jus giella váilu, de nuorat geat leat válljen dan giela, oidnet teavstta eará gillii. Juohke teavstta vuolde čuožžu makkár gillii.
staff-editor-locked = Dán iskkadussii leat boahtán vástádusat. Sáhtát ain divvut teavsttaid, muhto gažaldagaid ja molssaeavttuid it sáhte šat lasihit, sihkkut iige sirdit, vai vástádusat ain mearkkašit seamma.
staff-editor-locked-error = Dán iskkadussii leat juo boahtán vástádusat. Gažaldagaid ja molssaeavttuid it sáhte šat lasihit, sihkkut iige sirdit. Teavsttaid sáhtát ain divvut.
staff-editor-no-questions = Dán iskkadusas eai leat vel gažaldagat.
staff-editor-texts-heading = Bajilčála ja álgoteaksta
staff-editor-title-legend = Bajilčála
staff-editor-intro-legend = Álgoteaksta
staff-editor-save-texts = Vurke bajilčála ja álgoteavstta
staff-editor-questions-heading = Gažaldagat
staff-editor-question-heading = Gažaldat { $n }: { $kind }
staff-editor-prompt-legend = Gažaldat
staff-editor-help-legend = Veahkketeaksta gažaldaga vuolde (eaktodáhtolaš)
staff-editor-save-question = Vurke gažaldaga { $n }
staff-editor-preview-question = Geahča gažaldaga { $n } ovdalgihtii
staff-editor-missing = Váilu: { $langs }
staff-editor-falls-back = { $missing } (čájehuvvo: { $shown })
staff-editor-language-label = Giella
staff-editor-options-heading = Molssaeavttut
staff-editor-option-legend = Molssaeaktu
staff-editor-option-save = Vurke molssaeavttu
staff-editor-option-remove = Váldde eret molssaeavttu
staff-editor-option-new-label = Ođđa molssaeaktu
staff-editor-option-add = Lasit molssaeavttu
staff-editor-move-up = Sirdde gažaldaga { $n } bajás
staff-editor-move-down = Sirdde gažaldaga { $n } vulos
staff-editor-delete-question = Sihko gažaldaga { $n } …
staff-editor-delete-warning = Gažaldat ja dan molssaeavttut sihkkojuvvojit agibeaivái.
staff-editor-delete-confirm = Juo, sihko gažaldaga { $n }
staff-editor-add-heading = Lasit gažaldaga
staff-editor-kind-label = Gažaldatšládja
staff-editor-options-label = Molssaeavttut
staff-editor-options-hint = Dušše gažaldagaide main válljejuvvo okta dahje máŋga: unnimusat guokte molssaeavttu, okta juohke linnjái. Guođe guorusin eará šlájaide.
staff-editor-add-button = Lasit gažaldaga
staff-kind-single-choice = Okta válljejuvvo
staff-kind-multiple-choice = Máŋga sáhttet válljejuvvot
staff-kind-scale = Skála 1 rájes 5 rádjai
staff-kind-free-text = Friddja teaksta
staff-kind-idea = Jurdda
staff-new-heading = Ráhkat ođđa iskkadusa álggu rájes
staff-new-intro-label = Álgoteaksta (eaktodáhtolaš)
staff-new-intro-hint = Jus it čále dan, de nuorat lohket dábálaš álgoteavstta. Sáhtát rievdadit dan maŋŋelis.
staff-new-button = Ráhkat iskkadusa
staff-new-default-intro = Mii háliidit gullat maid don oaivvildat. Vástit daid gažaldagaide maidda háliidat vástidit. Don leat anonyma.
staff-preview-title = Ovdačájeheapmi
staff-preview-note = Ovdačájeheapmi: ná oidno gažaldat telefovnnas. Mihkkege maid válljet dás, ii sáddejuvvo.
staff-preview-back = Ruovttoluotta rievdadeapmái
staff-preview-langs = Geahča ovdalgihtii eará gillii
staff-editor-error-empty = Čále teavstta unnimusat ovtta gillii.
staff-editor-error-too-long = Okta teavsttain lea menddo guhkki. Oanit dan ja geahččal fas.
staff-editor-error-options-not-allowed = Dušše gažaldagain main válljejuvvo okta dahje máŋga, leat molssaeavttut.
staff-editor-error-too-few-options = Válljengažaldagas fertejit leat unnimusat guokte molssaeavttu.
staff-editor-error-too-many-options = Gažaldagas sáhttet leat eanemusat 20 molssaeavttu.
staff-editor-error-too-many-questions = Iskkadusas sáhttet leat eanemusat 50 gažaldaga.

staff-themes-heading = Fáttát mat bohtet ovdan máŋgii
staff-themes-explain = Mašiidna joavkkuha teavsttaid mat sulastit nuppiideaset, ja čájeha sániid mat earuhit juohke joavkku earáin. Čihkkojuvvon teavsttat eai leat mielde.
staff-themes-none = Leat ain menddo unnán teavsttat vai sáhttá gávdnat fáttáid.
staff-themes-size =
    { $count ->
        [one] { $count } teaksta
        [two] { $count } teavstta
       *[other] { $count } teavstta
    }

## Fáttát buot gulaskuddamiin (guorahallit)
staff-cross-themes-title = Fáttát buot gulaskuddamiin
staff-cross-themes-explain = Mašiidna joavkkuha buot nuoraid teavsttaid mat sulastit nuppiideaset, buot gulaskuddamiin, ja nammada juohke joavkku sániiguin mat earuhit dan earáin, dain gielain main dat čállojuvvui. Čihkkojuvvon teavsttat eai leat mielde; sitáhtat leat dušše dohkkehuvvon teavsttain.
staff-cross-themes-running = Teavsttat joavkkuhuvvojit dál
staff-cross-themes-started = Álggahuvvui { $time }.
staff-cross-themes-step = Lávki { $step } { $steps } lávkkis: { $phase }
staff-cross-themes-count = { $done } / { $total }
staff-cross-themes-percent = Sullii { $percent } % gárvvis. Siidu ođasmahttá iežas.
staff-cross-themes-phase-loading = lohká teavsttaid
staff-cross-themes-phase-vectorising = gávdná sániid juohke teavsttas
staff-cross-themes-phase-clustering = joavkkuha teavsttaid mat sulastit
staff-cross-themes-phase-naming = nammada joavkkuid
staff-cross-themes-phase-saving = vurke joavkkuid
staff-cross-themes-failed = Ovddit joavkkuheapmi ii gárvánan. Álggat dan ođđasit.
staff-cross-themes-start = Joavkkut buot teavsttaid ođđasit dál
staff-cross-themes-start-hint = Dát dáhpáhuvvá maiddái iešalddis oktii jándoris go leat boahtán ođđa teavsttat. Dat bistá unnit go minuhta, vaikko livčče miljovdna teavstta.
staff-cross-themes-none-yet = Teavsttat eai leat vel joavkkuhuvvon.
staff-cross-themes-latest = Maŋimus fáttát
staff-cross-themes-summary = Joavkkuhuvvon { $time }, { $texts } teavsttas.
staff-cross-themes-small-hidden =
    { $count ->
        [one] Okta joavku mas leat unnit go { $k } teavstta ii čájehuvvo, vai suddjejuvvojit sii geat čálle.
       *[other] { $count } joavkku main leat unnit go { $k } teavstta eai čájehuvvo, vai suddjejuvvojit sii geat čálle.
    }
staff-cross-themes-labels = Guoská eanaš: { $labels }
staff-cross-themes-see-texts = Geahča teavsttaid dán joavkkus
staff-review-texts-link = Buot dohkkehuvvon teavsttat
staff-review-texts-title = Teavsttat buot gulaskuddamiin
staff-review-texts-explain = Dohkkehuvvon teavsttat buot organisašuvnnain, ođđasamosat vuosttažin. Divo fáttáid mat teakstii leat merkejuvvon go mašiidna lei boastut: dat oahppá juohke divodeamis.
staff-review-filter = Čájeha: { $filter }.
staff-review-filter-theme = joavkku «{ $words }»
staff-review-show-all = Čájet buot teavsttaid
staff-review-filter-label = Čájet dušše teavsttaid mat gusket
staff-review-filter-button = Čájet
staff-review-suppressed = Unnit go { $k } teavstta heivejit, nu ahte ii oktage čájehuvvo, vai suddjejuvvojit sii geat čálle.
staff-review-count =
    { $count ->
        [one] Okta dohkkehuvvon teaksta.
        [two] Guokte dohkkehuvvon teavstta.
       *[other] { $count } dohkkehuvvon teavstta.
    }
staff-review-pages = Siiddut
staff-review-page = Siidu { $page } / { $pages }
staff-review-previous = Ovddit siidu
staff-review-next = Čuovvovaš siidu

## Guorahalliid bajilgovva
overview-title = Bajilgovva das maid nuorat dadjet
overview-explain = Buot teavsttat maid nuorat leat čállán, buot gulaskuddamiin, sirrejuvvon dan mielde mii lea sin váldoášši: doaimma oassemihtut ja arenat, rasttildeaddji fáktorat, ja goas dat bohte. Vállje sillejuvvosiid vai oaččut unnit; siiddu čujuhus lea liŋka dušše dán čájáhussii.
overview-filters = Sillet
overview-filter-from = Mánus
overview-filter-to = Gitta mánnui
overview-filter-county = Fylka
overview-filter-age = Ahki
overview-filter-lang = Čállojuvvon gillii
overview-filter-org = Organisašuvdna
overview-filter-consultation = Gulaskuddan
overview-filter-goal = Váldooassemihttu
overview-filter-arena = Váldoarena
overview-filter-factor = Fáktor
overview-all = Buot
overview-show = Čájet
overview-reset = Sihko sillejuvvosiid
overview-showing = Čájeha: { $filters }
overview-no-filters = buot teavsttat
overview-link = Liŋka dán čájáhussii
overview-export-csv = Viečča CSV-fiilan
overview-hidden = čihkkojuvvon
overview-hidden-explain = Lohku mii boahtá unnit go { $k } nuoras lea čihkkojuvvon, ja nu leat maiddái nu ollu eará logut ahte dan ii sáhte rehkenastit submmiin. Juohke lohku mii čájehuvvo, lea maiddái sirdojuvvon gitta 2 bajás dahje vulos – seamma láhkai juohke háve seamma teavsttaid várás – vai guokte čájáhusa buohtastahttin ii almmut uhca joavkku. Danne sáhttet submmit veaháš earálágan go oasit.
overview-heat-title = Oassemihtut ja arenat
overview-heat-explain = Juohke teaksta lohkkojuvvo oktii, doppe gos dat eanemusat gullá: gurgadas váldooassemihtu várás, ceakkus váldoarena várás. Seavdnadit mearkkaša eanet teavsttaid; proseanta lea oassi buot čájehuvvon teavsttain. Vállje ruvttu vai oaidnit dušše daid teavsttaid.
overview-table-caption = Logut govvosis
overview-total = Submi
overview-no-goal = Oassemihtu haga
overview-no-arena = Arena haga
overview-factors-title = Rasttildeaddji fáktorat
overview-factors-explain = Man galle teavstta gusket juohke fáktorii. Teaksta sáhttá guoskat máŋgii, nu ahte logut eai šatta submin.
overview-months-title = Teavsttat mánu mielde
overview-months-explain = Man galle teavstta bohte juohke mánu.
overview-nothing = Eai leat teavsttat mat heivejit dáidda sillejuvvosiidda.
overview-bad-filter = Okta čujuhusa sillejuvvosiin ii leat dakkár maid dát siidu dovdá. Sihko sillejuvvosiid ja vállje ođđasit.
overview-drill-title = Maid dát teavsttat gusket
overview-drill-themes = Fáttát dain
overview-drill-quotes = Muhtin dohkkehuvvon teavsttat
overview-drill-suppressed = Dát teavsttat bohtet unnit go { $k } nuoras, nu ahte fáttát dahje sitáhtat eai čájehuvvo.
overview-export-xlsx = Viečča Excel-fiilan
overview-sheet = Bajilgovva
overview-people-title = Nuorat mánu mielde
overview-people-explain = Man galle nuora čálle teavsttaid juohke mánu (juohkehaš lohkkojuvvo oktii mánus).
overview-made = Ráhkaduvvon { $time }.
overview-compare-label = Buohtastahte joavkkuid
overview-compare-none = Ii makkárge buohtastahttin
overview-compare-title = Joavkkut bálddalagaid
overview-compare-explain = Seamma teavsttat joavkku ja váldooassemihtu mielde, okta gurgadas juohke joavkku várás. Vállje ruvttu vai oaidnit dušše dan joavkku ja dan oassemihtu.
overview-not-given = Ii addojuvvon
overview-filter-theme = Fáddá
overview-theme-unnamed = joavku mas eai leat sánit maid čájehit
staff-cross-themes-over-time = Čuovo dan áiggi badjel

## Publishing what we heard and what we did
overview-publish = Almmut maid mii gulaimet dán čájáhusas
publications-title = Almmuhuvvon: maid mii gulaimet ja maid mii dahkat
publications-explain = Dat mii almmuhuvvo dás, čájehuvvo buohkaide siiddus «Maid mii leat gullan» ja rabas diehtun. Logut lohkkojuvvojit go juoga almmuhuvvo, eaige rievdda dan maŋŋá. Logut unnit nuorain go almmolaš loguid ráddji eai čájehuvvo.
publications-from-overview = Almmut juoga ođđasa bajilgovas
publications-public-page = Geahča almmolaš siiddu
publications-none = Ii mihkkege leat vel almmuhuvvon. Vállje čájáhusa bajilgovas ja deaddil «Almmut maid mii gulaimet dán čájáhusas».
publications-public = Čájehuvvo almmolaččat
publications-withdrawn = Gessojuvvon ruovttoluotta: ii čájehuvvo almmolaččat
publications-withdraw = Geasse ruovttoluotta almmolaš siiddus
publications-restore = Čájet fas almmolaš siiddus
publications-update-legend = Maid mii dahkat (ođđa čálus)
publications-update-button = Lasit maid mii dahkat
publications-new-title = Almmut maid mii gulaimet
publications-new-explain = Čále sániiguin maid nuorat ipmirdit, maid dii gulaidet. Logut vuolábealde lohkkojuvvojit dál ja vurkejuvvojit teavsttain; maŋit teavsttat eai rievdat daid.
publications-back-to-overview = Ruovttoluotta bajilgovvii
publications-preview-heading = Logut nugo dat čájehuvvojit almmolaččat
publications-preview-explain = Logut mat bohtet unnit go { $k } nuoras leat čihkkojuvvon, ja nu ollu eará logut singuin ahte ii makkárge submi daid almmut.
publications-title-legend = Namma
publications-heard-legend = Maid mii gulaimet (guorus linját juhket oasit)
publications-publish-button = Almmut

## The overview week by week
overview-weeks-title = Teavsttat vahku mielde
overview-weeks-explain = Man galle teavstta bohte juohke vahku (ISO-vahkut, vuossárgga rájes sotnabeaivái).
overview-people-weeks-title = Nuorat vahku mielde
overview-people-weeks-explain = Man galle nuora čálle teavsttaid juohke vahku (juohkehaš lohkkojuvvo oktii vahkus).
overview-step-label = Áiggi mielde
overview-step-month = Mánu mielde
overview-step-week = Vahku mielde
