# Iebūvēto veidņu saturs: karšu nosaukumi, scenāriji, posmu nosaukumi, kartīšu
# piemēri, komandu nosaukumi, KPI nosaukumi un mērvienības, emociju līknes piezīmes.
# Atslēgas ir tpl-<veidne>-<daļa>-<nosaukums>; tās izvieto kodola src/templates.rs.
# No veidnes izveidota karte saņem tekstu tajā valodā, kurā tā izveidota.
# Citāti kartītēs ir klienta vārdi latviešu pēdiņās „ ”.

## blank

tpl-blank-title = Ceļš bez nosaukuma
tpl-blank-stage-1 = 1. posms
tpl-blank-stage-2 = 2. posms
tpl-blank-stage-3 = 3. posms
tpl-blank-stage-4 = 4. posms
tpl-blank-stage-5 = 5. posms

## b2c

tpl-b2c-title = Interneta veikals: pirmais pirkums
tpl-b2c-scenario = Jauns klients tiešsaistē pērk skriešanas apavus un turpina iepirkties šajā veikalā.
tpl-b2c-stage-awareness = Informētība
tpl-b2c-stage-consideration = Apsvēršana
tpl-b2c-stage-purchase = Pirkums
tpl-b2c-stage-onboarding = Apmācība
tpl-b2c-stage-usage = Lietošana
tpl-b2c-stage-retention = Noturēšana
tpl-b2c-stage-advocacy = Aizstāvība
tpl-b2c-card-find-shoes = Atrast apavus, ar kuriem vairs nesāpēs celis
tpl-b2c-card-pay-quickly = Ātri samaksāt un zināt, kad sūtījums pienāks
tpl-b2c-card-sees-friend = Redz drauga ierakstu par skriešanu
tpl-b2c-card-compares-models = Salīdzina trīs modeļus un lasa atsauksmes
tpl-b2c-card-orders-app = Pasūta lietotnē
tpl-b2c-card-unboxes-tries = Izpako un uzlaiko apavus
tpl-b2c-card-runs-times = Skrien trīs reizes nedēļā
tpl-b2c-card-gets-reminder = Saņem atgādinājumu nomainīt nolietotos apavus
tpl-b2c-card-posts-review = Publicē atsauksmi ar fotoattēliem
tpl-b2c-card-instagram-post = Ieraksts Instagram
tpl-b2c-card-product-pages = Produktu lapas un atsauksmes
tpl-b2c-card-checkout-app = Pirkuma noformēšana lietotnē
tpl-b2c-card-box-fitting = Kaste ar uzlaikošanas ceļvedi
tpl-b2c-card-chat-running = Tērzēšana ar skriešanas treneri
tpl-b2c-card-replacement-reminder = Atgādinājums par nomaiņu
tpl-b2c-card-review-shared = Atsauksme sociālajos medijos
tpl-b2c-card-right-flat = „Kurš no šiem der plakanai pēdai?”
tpl-b2c-card-delivery-extra = „Kāpēc tagad par piegādi jāmaksā atsevišķi?”
tpl-b2c-card-friends-should = „Maniem draugiem jāizmēģina šis veikals”
tpl-b2c-card-size-charts = Izmēru tabulas dažādiem zīmoliem atšķiras
tpl-b2c-card-delivery-cost = Piegādes izmaksas redzamas tikai pēdējā solī
tpl-b2c-card-reminder-emails = Atgādinājumu e-pasti šķiet šabloniski
tpl-b2c-card-fit-finder = Apavu izvēles palīgs, kas jautā par pēdas formu
tpl-b2c-card-show-delivery = Rādīt piegādes izmaksas produkta lapā
tpl-b2c-card-reminder-based = Atgādinājums pēc noskrieto kilometru skaita
tpl-b2c-kpi-conversion-rate = Konversijas rādītājs
tpl-b2c-unit-percent = %
tpl-b2c-kpi-csat = CSAT
tpl-b2c-unit-out-of-5 = /5
tpl-b2c-kpi-nps = NPS
tpl-b2c-feeling-curious = Interese
tpl-b2c-feeling-unsure-model = Nav skaidrs, kurš modelis der
tpl-b2c-feeling-surprised-delivery = Nepatīkami pārsteidz piegādes izmaksas
tpl-b2c-feeling-good-first = Labs pirmais iespaids
tpl-b2c-feeling-runs-without = Skrien bez sāpēm
tpl-b2c-feeling-proud-recommend = Ar lepnumu iesaka citiem

## b2b

tpl-b2b-title = B2B programmatūra: no idejas līdz paplašināšanai
tpl-b2b-scenario = Vidēja uzņēmuma operāciju vadītājs aizstāj izklājlapas ar plānošanas rīku.
tpl-b2b-stage-out-market = Ārpus tirgus
tpl-b2b-stage-motivation = Motivācija
tpl-b2b-stage-initial-research = Sākotnējā izpēte
tpl-b2b-stage-selection = Izvēle
tpl-b2b-stage-purchase = Pirkums
tpl-b2b-stage-onboarding = Apmācība
tpl-b2b-stage-expansion = Paplašināšana
tpl-b2b-card-keep-up = Sekot līdzi jaunām idejām nozarē
tpl-b2b-card-stop-losing = Nezaudēt pasūtījumus izklājlapu kļūdu dēļ
tpl-b2b-card-pick-tool = Izvēlēties rīku, ko komanda tiešām lietos
tpl-b2b-card-reads-industry = Lasa nozares jaunumu vēstules
tpl-b2b-card-missed-delivery = Nokavēta piegāde padara pārmaiņas neatliekamas
tpl-b2b-card-builds-long = Sastāda garo sarakstu ar desmit piegādātājiem
tpl-b2b-card-short-lists = Atlasa trīs un piesaka demonstrācijas
tpl-b2b-card-negotiates-signs = Risina sarunas un paraksta līgumu
tpl-b2b-card-imports-data = Importē datus un apmāca komandu
tpl-b2b-card-rolls-out = Ievieš rīku otrā filiālē
tpl-b2b-card-newsletter = Jaunumu vēstule
tpl-b2b-card-trade-fair = Uzstāšanās izstādē
tpl-b2b-card-comparison-pages = Salīdzinājumu lapas
tpl-b2b-card-demo-call = Demonstrācijas zvans
tpl-b2b-card-contract-email = Līgums pa e-pastu
tpl-b2b-card-onboarding-chat = Apmācības tērzēšana
tpl-b2b-card-pricing-hidden = Cenas paslēptas aiz „sazinieties ar pārdošanas nodaļu”
tpl-b2b-card-legal-review = Juridiskā pārbaude ilgst sešas nedēļas
tpl-b2b-card-data-import = Datu imports neizdodas ar vecajiem formātiem
tpl-b2b-card-publish-clear = Publicēt skaidrus cenu plānus
tpl-b2b-card-standard-contract = Standarta līgums ar iepriekš saskaņotiem punktiem
tpl-b2b-card-import-wizard = Importēšanas vednis ar formātu pārbaudi
tpl-b2b-team-sales = Pārdošanas nodaļa
tpl-b2b-card-tailored-demo = Pielāgota demonstrācija ar klienta datiem
tpl-b2b-team-customer-success = Klientu panākumu komanda
tpl-b2b-card-kick-off = Ievadsanāksme un apmācību plāns
tpl-b2b-team-legal = Juridiskā nodaļa
tpl-b2b-card-contract-review = Līguma pārbaude
tpl-b2b-team-support = Klientu atbalsts
tpl-b2b-card-data-migration = Datu migrācijas skripti
tpl-b2b-feeling-under-pressure = Jūt spiedienu
tpl-b2b-feeling-overwhelmed-options = Pārāk daudz izvēles iespēju
tpl-b2b-feeling-demo-looks = Demonstrācija izskatās daudzsološa
tpl-b2b-feeling-stuck-legal = Viss iestrēgst juridiskajā pārbaudē
tpl-b2b-feeling-import-problems = Problēmas ar importu
tpl-b2b-feeling-clear-results = Skaidri rezultāti, gribas vairāk

## service

tpl-service-title = Autoserviss: ikgadējā apkope
tpl-service-scenario = Automašīnas īpašnieks pirms tāla brauciena veic ikgadējo apkopi.
tpl-service-stage-need-noticed = Vajadzības apzināšanās
tpl-service-stage-search-compare = Meklēšana un salīdzināšana
tpl-service-stage-booking = Pieteikšanās
tpl-service-stage-drop-off = Automašīnas nodošana
tpl-service-stage-waiting-repair = Gaidīšana / remonts
tpl-service-stage-pick-up = Saņemšana un samaksa
tpl-service-stage-follow-up = Atgriezeniskā saite
tpl-service-card-service-light = Iedegas apkopes indikators
tpl-service-card-compares-prices = Salīdzina trīs autoservisu cenas
tpl-service-card-books-slot = Tiešsaistē piesaka apkopes laiku
tpl-service-card-hands-over = Nodod atslēgas
tpl-service-card-waits-call = Gaida zvanu
tpl-service-card-pays-collects = Samaksā un saņem automašīnu
tpl-service-card-answers-short = Aizpilda īsu aptauju
tpl-service-card-price-list = Cenrādis tīmekļa vietnē
tpl-service-card-booking-form = Pieteikšanās veidlapa
tpl-service-card-reception-desk = Klientu pieņemšanas lete
tpl-service-card-call-about = Zvans par papildu darbiem
tpl-service-card-cash-desk = Kase
tpl-service-card-survey-email = Aptaujas e-pasts
tpl-service-card-prices-not = Cenas nav salīdzināmas
tpl-service-card-no-update = Stundām ilgi nav nekādu ziņu
tpl-service-card-bill-higher = Rēķins lielāks par tāmi
tpl-service-card-text-message = Īsziņa ar remonta fotoattēliem
tpl-service-card-approve-extra = Apstiprināt papildu darbus lietotnē pirms to veikšanas
tpl-service-team-reception = Klientu pieņemšana
tpl-service-card-checks-car = Kopā ar klientu pieņem automašīnu
tpl-service-team-service-advisor = Servisa konsultants
tpl-service-card-calls-approve = Zvana, lai saskaņotu papildu darbus
tpl-service-team-workshop = Darbnīca
tpl-service-card-inspection-repair = Apskate un remonts
tpl-service-card-confirms-slot = Apstiprina pieteikto laiku
tpl-service-team-parts = Rezerves daļas
tpl-service-card-parts-ordered = Rezerves daļas pasūtītas no noliktavas
tpl-service-kpi-average-repair = Vidējais remonta laiks
tpl-service-unit-hours = h
tpl-service-kpi-csat = CSAT
tpl-service-unit-out-of-5 = /5
tpl-service-feeling-worried-about = Uztraucas par izmaksām
tpl-service-feeling-easy-booking = Ērta pieteikšanās
tpl-service-feeling-no-news = Nav ziņu, automašīna vēl nav gatava
tpl-service-feeling-bill-higher-expected = Rēķins lielāks, nekā gaidīts
tpl-service-feeling-car-runs = Automašīna brauc labi
