# Waymark's core catalog: everything the Rust side says to people (Latvian).
#
# Keys are stable identifiers shared with the page (`ui.ftl` holds the page's
# own words). Vocabulary keys are a prefix and the stable spelling with `_`
# written as `-`. Arguments are strings, numbers or other messages (rendered
# first). Sentences of errors start in lower case: the CLI prints them after
# "waymark: " and errors nest ("import refused: image …: …").
#
# Latvian plurals: [zero] 0, 10–20, 30…; [one] 1, 21, 31… (not 11); *[other] the rest.
# Levels (Zema/Vidēja/Augsta) are feminine to agree with nopietnība, ietekme, piepūle.

## Vocabularies

lane-kind-goals = Mērķi un vajadzības
lane-kind-actions = Darbības
lane-kind-touchpoints = Saskares punkti
lane-kind-thoughts = Domas
lane-kind-emotions = Emocijas
lane-kind-pain-points = Problēmjautājumi
lane-kind-opportunities = Iespējas
lane-kind-metrics = Rādītāji un KPI
lane-kind-front-stage = Priekšplāns
lane-kind-back-stage = Aizkulises
lane-kind-support-processes = Atbalsta procesi
lane-kind-resources = Resursi
lane-kind-milestones = Atskaites punkti
lane-kind-notes = Piezīmes
lane-kind-images = Attēli

channel-website = Tīmekļa vietne
channel-mobile-app = Mobilā lietotne
channel-social = Sociālie mediji
channel-email = E-pasts
channel-phone = Tālrunis
channel-store = Klātienē / veikalā
channel-chat = Tērzēšana / ziņapmaiņa
channel-advertising = Reklāma
channel-packaging = Iepakojums
channel-delivery = Piegāde
channel-event = Pasākumi

level-low = Zema
level-medium = Vidēja
level-high = Augsta

map-kind-current-state = Pašreizējais stāvoklis
map-kind-future-state = Nākotnes stāvoklis
map-kind-day-in-the-life = Diena klienta dzīvē
map-kind-service-blueprint = Pakalpojuma plāns
map-flow-auto = Kā raksta valodā
map-flow-ltr = No kreisās uz labo
map-flow-rtl = No labās uz kreiso

card-field-channel = Kanāls
card-field-severity = Nopietnība
card-field-impact = Ietekme
card-field-effort = Piepūle
card-field-metric = Rādītājs
card-field-owner = Atbildīgais
card-field-picture = Attēls

kpi-csat = CSAT
kpi-nps = NPS
kpi-conversion-rate = Konversijas rādītājs
kpi-retention-rate = Noturēšanas rādītājs
kpi-customer-lifetime-value = Klienta mūža vērtība
kpi-average-resolution-time = Vidējais risināšanas laiks
kpi-complaint-rate = Sūdzību rādītājs
kpi-return-rate = Preču atgriešanas rādītājs

template-blank = Tukša karte
template-blank-blurb = Pieci tukši posmi un ierastās joslas.
template-b2c = Mazumtirdzniecība / B2C (7 posmi)
template-b2c-blurb = Pirmais pirkums interneta veikalā, no informētības līdz aizstāvībai.
template-b2b = B2B (7 posmi)
template-b2b-blurb = Biznesa programmatūras iegāde, no posma „ārpus tirgus” līdz paplašināšanai.
template-service = Pakalpojumu uzņēmums (autoserviss)
template-service-blurb = Automašīnas ikgadējā apkope autoservisā, ar pakalpojuma plāna joslām.

## Undo steps: history-<command type>, and batch labels

history-set-project = Rediģēt projektu
history-create-map = Jauna karte
history-duplicate-map = Dublēt karti
history-set-map-info = Rediģēt karti
history-move-map = Pārvietot karti
history-delete-map = Dzēst karti
history-add-stage = Pievienot posmu
history-update-stage = Rediģēt posmu
history-move-stage = Pārvietot posmu
history-resize-stage = Mainīt posma izmēru
history-delete-stage = Dzēst posmu
history-add-step = Pievienot soli
history-rename-step = Pārdēvēt soli
history-move-step = Pārvietot soli
history-resize-step = Mainīt soļa izmēru
history-delete-step = Dzēst soli
history-add-lane = Pievienot joslu
history-update-lane = Rediģēt joslu
history-move-lane = Pārvietot joslu
history-resize-lane = Mainīt joslas izmēru
history-delete-lane = Dzēst joslu
history-add-card = Pievienot kartīti
history-edit-card = Rediģēt kartīti
history-move-card = Pārvietot kartīti
history-set-card-color = Iekrāsot kartīti
history-delete-card = Dzēst kartīti
history-set-emotion = Iestatīt emociju
history-clear-emotion = Notīrīt emociju
history-create-persona = Jauna persona
history-update-persona = Rediģēt personu
history-delete-persona = Dzēst personu
history-link-persona = Piesaistīt personu
history-unlink-persona = Atsaistīt personu
history-add-image = Pievienot attēlu
history-several-edits = Vairākas izmaiņas
history-move-cards = Pārvietot { $count ->
        [zero] { $count } kartīšu
        [one] { $count } kartīti
       *[other] { $count } kartītes
    }
history-move-some-cards = Pārvietot kartītes
history-delete-cards = Dzēst { $count ->
        [zero] { $count } kartīšu
        [one] { $count } kartīti
       *[other] { $count } kartītes
    }
history-colour-cards = Iekrāsot { $count ->
        [zero] { $count } kartīšu
        [one] { $count } kartīti
       *[other] { $count } kartītes
    }
history-cut-cards = Izgriezt { $count ->
        [zero] { $count } kartīšu
        [one] { $count } kartīti
       *[other] { $count } kartītes
    }
history-paste-cards = Ielīmēt { $count ->
        [zero] { $count } kartīšu
        [one] { $count } kartīti
       *[other] { $count } kartītes
    }
history-duplicate-cards = Dublēt { $count ->
        [zero] { $count } kartīšu
        [one] { $count } kartīti
       *[other] { $count } kartītes
    }
history-set-channel = Iestatīt kanālu
history-set-persona-photo = Iestatīt personas fotoattēlu
history-set-card-picture = Iestatīt kartītes attēlu
history-add-picture = Pievienot attēlu

## Review state of a map

review-never = Nekad nav pārskatīta
review-on = Pārskatīta { $date }
review-due = jāpārskata
# The header's "last reviewed" value when the review is due.
review-date-due = { $date } ({ review-due })

## Captions of exports

# The title block above a map.
header-what = Klientu ceļa karte
header-business-goal = BIZNESA MĒRĶIS
header-last-reviewed = PĒDĒJOREIZ PĀRSKATĪTA
# A persona's quote, in the language's quotation marks.
persona-quote = „{ $text }”

# The legend under a map.
legend-lanes = Joslas
legend-badges = Atzīmes
legend-emotion = Emocija
legend-channels = Kanāli
legend-level-low = Zema nopietnība · augsta ietekme · zema piepūle
legend-level-medium = Vidēja
legend-level-high = Augsta nopietnība · zema ietekme · augsta piepūle
legend-critical-moment = kritiskais brīdis
emotion-very-negative = ļoti negatīva
emotion-negative = negatīva
emotion-neutral = neitrāla
emotion-positive = pozitīva
emotion-very-positive = ļoti pozitīva

# On cards. $level is a level's label (level-low...).
badge-severity = { $level } nopietnība
badge-impact = Ietekme: { $level }
badge-effort = Piepūle: { $level }
metric-now = tagad
metric-target = mērķis
picture-none = Nav attēla

# The persona page.
persona-page = PERSONA
persona-demographics = DEMOGRĀFIJA
persona-geography = ĢEOGRĀFIJA
persona-buying-behaviour = PIRKŠANAS PARADUMI
persona-psychographics = PSIHOGRĀFIJA
persona-goals = MĒRĶI
persona-motivations = MOTIVĀCIJA
persona-frustrations = FRUSTRĀCIJAS
persona-age = Vecums
persona-gender = Dzimums
persona-occupation = Nodarbošanās
persona-income = Ienākumi
persona-family = Ģimene
persona-education = Izglītība
persona-region = Reģions
persona-frequency = Cik bieži
persona-decision-time = Lēmuma laiks
persona-triggers = Pirkuma ierosinātāji
persona-values = Vērtības
persona-lifestyle = Dzīvesveids

# Poster pages: the tile's name (B2) and where it sits.
tile-label = { $tile } ({ $row }. rinda, { $column }. kolonna no { $columns }x{ $rows })

## Names the core makes up when a command leaves one out

name-map-copy = { $title } (kopija)
name-map-derived = { $title } ({ $kind ->
        [current_state] pašreizējais stāvoklis
        [future_state] nākotnes stāvoklis
        [day_in_the_life] diena klienta dzīvē
       *[service_blueprint] pakalpojuma plāns
    })

## Errors: error-<code>

error-not-found = { $record } neeksistē
error-duplicate = { $record } jau eksistē
error-history-mismatch = atsaukšanas vēsture vairs neatbilst kartei ({ $problem })
error-file-missing = { $path }: { file-problem-file-missing }
error-file-exists = { $path }: { file-problem-file-exists }
error-not-waymark = { $path }: { file-problem-not-waymark }
error-file-corrupt = { $path }: fails ir bojāts ({ $problem })
error-file-newer = { $path }: fails izveidots ar jaunāku Waymark versiju (formāts { $found }; šī versija lasa līdz { $supported }); atjauniniet Waymark, lai to atvērtu
error-file-locked = { $path }: { file-problem-file-locked }
error-file-io = { $path }: { $problem }
error-import-refused = imports noraidīts: { $problem }
error-image-refused = attēls noraidīts: { $problem }
error-storage = saglabāšana neizdevās: { $detail }
error-export-failed = eksportēšana neizdevās: { $problem }
# The shell's own errors.
error-no-project = Nav atvērts neviens projekts.
error-bad-command = labojumu nevarēja nolasīt: { $detail }
error-window-failed = logs to nevarēja izdarīt: { $detail }

## What is wrong with a project file (without the file's name)

file-problem-file-missing = fails neeksistē
file-problem-file-exists = fails ar šādu nosaukumu jau eksistē
file-problem-not-waymark = šis nav Waymark projekts
file-problem-file-corrupt = fails ir bojāts ({ $problem })
file-problem-file-newer = fails izveidots ar jaunāku Waymark versiju (formāts { $found }; šī versija lasa līdz { $supported }); atjauniniet Waymark, lai to atvērtu
file-problem-file-locked = fails ir atvērts citā Waymark logā vai programmā
file-problem-file-io = { $problem }

## Records named in messages

record-project = projekts { $id }
record-image = attēls { $id }
record-persona = persona { $id }
record-map = karte { $id }
record-stage = posms { $id }
record-step = solis { $id }
record-lane = josla { $id }
record-card = kartīte { $id }
record-emotion-point = emociju punkts { $id }

## Field names in messages

field-project-title = projekta nosaukums
field-project-description = projekta apraksts
field-stage-name = posma nosaukums
field-stage-description = posma apraksts
field-stage-width = posma platums
field-step-name = soļa nosaukums
field-step-width = soļa platums
field-lane-name = joslas nosaukums
field-lane-height = joslas augstums
field-persona-name = personas vārds
field-persona-quote = personas citāts
field-persona-age = personas vecums
field-persona-gender = personas dzimums
field-persona-occupation = personas nodarbošanās
field-persona-income = personas ienākumi
field-persona-family = personas ģimene
field-persona-education = personas izglītība
field-persona-region = personas reģions
field-persona-buying-frequency = personas pirkšanas biežums
field-persona-decision-time = personas lēmuma laiks
field-persona-triggers = personas pirkuma ierosinātāji
field-persona-values = personas vērtības
field-persona-lifestyle = personas dzīvesveids
field-persona-segment = personas segments
field-persona-goals = personas mērķi
field-persona-motivations = personas motivācija
field-persona-frustrations = personas frustrācijas
field-map-title = kartes nosaukums
field-map-scenario = kartes scenārijs
field-map-business-goal = kartes biznesa mērķis
field-card-text = kartītes teksts
field-card-owner = kartītes atbildīgais
field-image-description = attēla apraksts
field-metric-name = rādītāja nosaukums
field-metric-unit = rādītāja mērvienība
field-emotion-note = emocijas piezīme

## Problems: the finer reason of an error

problem-read-only = fails ir tikai lasāms; nokopējiet to vietā, kur varat rakstīt
problem-system = { $detail }
problem-damaged = { $detail }
problem-change-unwritable = nevar ierakstīt izmaiņas: { $detail }
problem-history-unreadable = vēstures ierakstu nevar nolasīt ({ $detail })
problem-row-missing = { $record }: failā trūkst šī ieraksta
problem-bad-id = "{ $value }" nav derīgs ID
problem-unknown-value = nezināma vērtība "{ $value }"
problem-out-of-range = { $value } ir ārpus pieļaujamā diapazona
problem-bad-persona-list = personu saraksts nav JSON virkņu saraksts
problem-project-rows = failā ir { $count ->
        [zero] { $count } projekta ierakstu
        [one] { $count } projekta ieraksts
       *[other] { $count } projekta ieraksti
    }, nevis viens
problem-emotion-range = emocija { $value } ir ārpus diapazona
problem-bad-colour = "{ $value }" nav krāsa formā #1f6feb
problem-bad-date = "{ $value }" nav datums formā 2026-11-22
problem-text-too-long = { $field }: { $count ->
        [zero] { $count } rakstzīmju
        [one] { $count } rakstzīme
       *[other] { $count } rakstzīmes
    }, bet atļauts ne vairāk kā { $max }
problem-control-character = { $field } satur vadības rakstzīmi U+{ $code }
problem-blank = { $field }: vērtība nedrīkst būt tukša
problem-not-one-line = { $field }: vērtībai jābūt vienā rindā
problem-size-range = { $field } { $value } ir ārpus robežām { $min }..={ $max }
problem-bad-language = "{ $value }" nav valodas tags formā "az" vai "fa-IR"
problem-no-emotion-point = šajā kolonnā nav emociju punkta
problem-resize-split-stage = šis posms ir sadalīts soļos; mainiet kāda tā soļa izmēru
problem-template-keys = veidnes šūnu atslēgas ir beigušās
problem-persona-linked = šī persona jau ir piesaistīta kartei
problem-persona-not-linked = šī persona nav piesaistīta kartei
problem-update-changes-id = atjauninājumam jāsaglabā ieraksta ID
problem-delete-project = pašu projektu nevar dzēst
problem-step-map = solim jābūt sava posma kartē
problem-persona-twice = persona kartei piesaistīta divreiz
problem-derived-from-itself = karti nevar atvasināt no tās pašas
problem-stage-other-map = posms pieder citai kartei
problem-step-other-stage = solis pieder citam posmam
problem-lane-other-map = josla pieder citai kartei
problem-card-in-emotion-lane = emociju joslā ir emociju punkti, nevis kartītes
problem-metric-not-finite = rādītāja vērtībai jābūt galīgam skaitlim
problem-emotion-point-taken = šai joslai šajā kolonnā jau ir emociju punkts
problem-image-empty = attēls nedrīkst būt tukšs
problem-stored-image-too-big = saglabāts attēls ir lielāks par 8 MiB
problem-field-wrong-lane = { $field ->
        [channel] kanāls paredzēts tikai saskares punktu
        [severity] nopietnība paredzēta tikai problēmjautājumu
        [impact] ietekme un piepūle paredzētas tikai iespēju
        [effort] ietekme un piepūle paredzētas tikai iespēju
        [metric] rādītājs paredzēts tikai KPI
        [owner] atbildīgais paredzēts tikai priekšplāna, aizkulišu vai atbalsta procesu
       *[picture] attēls paredzēts tikai attēlu vai piezīmju
    } kartītēm, nevis joslai "{ $lane }"
problem-list-too-long = { $field }: { $count ->
        [zero] { $count } vienumu
        [one] { $count } vienums
       *[other] { $count } vienumi
    }, bet atļauts ne vairāk kā { $max }
problem-too-many-map-personas = kartei piesaistīto personu skaits nedrīkst pārsniegt { $max } (ir { $count })
problem-step-needed = posms "{ $stage }" ir sadalīts soļos; norādiet soli
problem-not-emotion-lane = josla "{ $lane }" nav emociju josla
problem-emotion-scale = emocija { $value } ir ārpus skalas -2..+2
problem-still-used = { $record }: to joprojām izmanto { $user ->
        [persona] persona
        [card] kartīte
        [map] karte
        [derived_map] no tās atvasināta karte
        [stage_or_lane] posms vai josla
        [step] solis
       *[card_or_emotion_point] kartīte vai emociju punkts
    }; vispirms noņemiet vai pārvietojiet to
problem-shared-key = diviem blakus esošiem ierakstiem ir vienāda kārtības atslēga "{ $value }"
problem-bad-key = "{ $value }" nav kārtības atslēga
problem-image-type = { $mime } attēli netiek atbalstīti
problem-batch-too-big = paketē var būt ne vairāk kā { $max ->
        [zero] { $max } komandu
        [one] { $max } komanda
       *[other] { $max } komandas
    }
problem-position-past-end = pozīcija { $index } ir aiz beigām ({ $count ->
        [zero] ir { $count } vienumu
        [one] ir { $count } vienums
       *[other] ir { $count } vienumi
    })
problem-no-room = { $what ->
        [project_maps] karšu skaits projektā
        [project_cards] kartīšu skaits projektā
        [project_images] attēlu skaits projektā
        [project_personas] personu skaits projektā
        [cell_cards] kartīšu skaits šūnā
        [map_personas] personu skaits kartē
        [map_stages] posmu skaits kartē
        [map_lanes] joslu skaits kartē
       *[stage_steps] soļu skaits posmā
    } nedrīkst pārsniegt { $max }
problem-copy-off-map = karti nevar kopēt: kāds ieraksts norāda uz ierakstu ārpus šīs kartes ({ $record })
problem-lane-holds-cards = joslā "{ $lane }" ir kartītes; pārvietojiet vai dzēsiet tās, pirms padarāt joslu par emociju joslu
problem-lane-holds-curve = joslā "{ $lane }" ir emociju līkne; notīriet to, pirms maināt joslas veidu
problem-changed-elsewhere = { $record }: izmaiņas veiktas citur
problem-picture-file-too-big = fails ir { $size } MB liels; tiek pieņemti ne vairāk kā { $max } MB
problem-picture-format = var izmantot tikai PNG un JPEG attēlus
problem-picture-bytes-too-big = attēls ir lielāks par 8 MiB
problem-picture-too-big = attēls ir lielāks par { $max } x { $max } pikseļiem
problem-picture-not-declared-type = dati nav formātā { $mime }
problem-picture-size-differs = attēla izmērs ir { $width }x{ $height }, nevis norādītais { $declared_width }x{ $declared_height }
problem-picture-unreadable = attēlu nevar nolasīt ({ $detail })
problem-json-unwritable = nevar ierakstīt JSON: { $detail }
problem-json-too-big = fails ir lielāks par { $max } MB
problem-json-invalid = šis nav derīgs Waymark JSON ({ $detail })
problem-json-not-waymark = šis nav Waymark projekts (laukam "format" jābūt "{ $format }")
problem-json-newer = failā izmantota formāta versija { $found }; šī Waymark versija lasa versiju { $supported }; atjauniniet Waymark
problem-json-version = neatbalstīta formāta versija { $found }
problem-json-malformed = fails ir nepareizi veidots ({ $detail })
problem-json-project-too-big = projekts ir pārāk liels (kartes: { $maps }, personas: { $personas }, attēli: { $images }, kartītes: { $cards })
problem-json-map-too-big = kartē "{ $map }" ir pārāk daudz posmu vai joslu
problem-json-stage-too-big = posmā "{ $stage }" ir pārāk daudz soļu
problem-json-id-twice = ID { $id } ir izmantots divreiz
problem-json-image = attēls { $id }: { $problem }
problem-json-unsound = projekta dati nav savstarpēji saskaņoti: { $problem }
problem-no-map-to-export = projektā nav nevienas kartes, ko eksportēt
problem-pdf-empty = PDF ģenerators neko neizveidoja
problem-font-subset = nevar izveidot fonta { $font } apakškopu: { $detail }
problem-font-subset-unreadable = nevar nolasīt fonta { $font } apakškopu
problem-export-picture = attēlu nevar nolasīt: { $detail }
problem-png-scale-range = PNG mērogam jābūt no 1 līdz 4, nevis { $scale }
problem-png-scale = PNG mērogs { $scale } nav pozitīvs
problem-png-encode = nevar kodēt PNG: { $detail }
problem-png-no-header = PNG kodētājs neierakstīja galveni
problem-png-write = nevar ierakstīt PNG: { $detail }
problem-paint-thread = zīmēšanas pavedienā radās kļūme
problem-paint-rows = uzzīmēts vairāk rindu, nekā ir attēlā
problem-font-unreadable = iebūvēto fontu nevar nolasīt: { $detail }
problem-paint-width = nevar zīmēt { $width ->
        [zero] { $width } pikseļu
        [one] { $width } pikseļa
       *[other] { $width } pikseļu
    } platumā
problem-paint-strip = nevar iegūt uzzīmēto sloksni
problem-png-rows = pārāk daudz PNG rindu
problem-png-missing-rows = PNG attēlā trūkst { $count ->
        [zero] { $count } rindu
        [one] { $count } rindas
       *[other] { $count } rindu
    }
problem-icon = ikona { $icon }: { $detail }
problem-layout-size = kartes izkārtojumam nav galīga izmēra
problem-theme = iebūvētā tēma ir bojāta: { $detail }
problem-no-grid = kadrā nav kartes režģa
problem-not-utf8 = fails nav UTF-8 teksts
problem-commands-unreadable = { $path }: { $detail }
problem-command-failed = komanda Nr. { $number } no { $total } ({ $command }) neizdevās, iepriekšējās komandas ({ $applied }) tika izpildītas: { $problem }
problem-bad-map-id = "{ $value }" nav kartes ID
problem-png-one-map = PNG attēlā ir viena karte; izvēlieties to ar --map ID
problem-export-format = { $path }: nezināms formāts; izmantojiet faila nosaukumu ar .pdf, .png vai .json
problem-json-cell-too-big = kartes "{ $map }" šūnā ir pārāk daudz kartīšu
problem-picture-path-too-big = { $path } ir { $size } MB liels; tiek pieņemti ne vairāk kā { $max } MB
problem-unknown-template = nezināma veidne "{ $name }"
problem-replace-open-project = { $path } ir pašlaik atvērtais projekts; izvēlieties citu nosaukumu
problem-unknown-export-format = nezināms eksporta formāts "{ $format }"
problem-unknown-page-size = nezināms lapas izmērs "{ $page }"
problem-export-stopped = eksportēšana apturēta: { $detail }
problem-menu-accelerator = izvēlnes vienumam "{ $item }" ir īsinājumtaustiņš "{ $accelerator }", ko izvēlne nevar izmantot
problem-menu-id = izvēlnes ID "{ $id }" ir izmantots divreiz vai ir rezervēts čaulai
problem-language-unknown = valodai "{ $lang }" nav ziņojumu kataloga

## Native dialogs of the shell (titles, file type), and the file name an export suggests

dialog-open-project = Atvērt Waymark projektu
dialog-new-project = Izveidot Waymark projektu
dialog-save-copy = Saglabāt kopiju kā
dialog-choose-picture = Izvēlēties attēlu
dialog-export = Eksportēt
dialog-filter-project = Waymark projekts
export-default-name = Klientu ceļa karte
dialog-filter-pictures = Attēli
dialog-filter-png = PNG attēls
dialog-filter-pdf = PDF dokuments
