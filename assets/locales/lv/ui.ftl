# The page's own words (Latvian). Words the core also uses (vocabulary,
# undo steps, errors, export captions) are in core.ftl. Keys are listed by
# where they appear; a unit test (ui/tests/i18n.test.ts) checks that every
# key the page uses is here or in core.ftl.

app-name = Waymark
about-text = Waymark 0.1: klientu ceļa kartes vienā lokālā failā. Bez konta, bez mākoņa.
dialog-cancel = Atcelt
tooltip-with-key = { $name } ({ $key })
tooltip-nothing-to-undo = Nav ko atsaukt
tooltip-nothing-to-redo = Nav atsaukšanas, ko atcelt

## Menus and actions

menu-file = Fails
menu-edit = Rediģēt
menu-view = Skats
menu-map = Karte
menu-language = Valoda
menu-native-digits = Persiešu cipari (۱۲۳)
menu-native-calendar = Persiešu kalendārs
menu-help = Palīdzība
menu-recent = Nesen atvērtie

action-new = Jauns projekts…
action-open = Atvērt…
action-save-as = Saglabāt kā…
action-export = Eksportēt…
action-close = Aizvērt projektu
action-quit = Iziet
action-undo = Atsaukt
action-undo-what = Atsaukt: { $what }
action-redo = Atcelt atsaukšanu
action-redo-what = Atcelt atsaukšanu: { $what }
action-cut = Izgriezt
action-copy = Kopēt
action-paste = Ielīmēt
action-duplicate = Dublēt
action-delete = Dzēst
action-select-all = Atlasīt visas kartītes
action-edit-selection = Rediģēt atlasi
action-deselect = Notīrīt atlasi
action-command-palette = Komandu palete…
action-nudge-left = Pārvietot pa kreisi
action-nudge-right = Pārvietot pa labi
action-nudge-up = Pārvietot augšup
action-nudge-down = Pārvietot lejup
action-nav-up = Atlasīt augstāk
action-nav-down = Atlasīt zemāk
action-nav-left = Atlasīt pa kreisi
action-nav-right = Atlasīt pa labi
action-nav-next = Atlasīt nākamo
action-nav-previous = Atlasīt iepriekšējo
action-nav-first = Atlasīt pirmo vietu
action-nav-last = Atlasīt pēdējo vietu
action-zoom-in = Tuvināt
action-zoom-out = Tālināt
action-zoom-fit = Ietilpināt logā
action-zoom-100 = Faktiskais izmērs
action-personas = Personu panelis
action-fullscreen = Pilnekrāna režīms
action-duplicate-future = Dublēt kā nākotnes stāvokli
action-add-stage = Pievienot posmu
action-about = Par Waymark

## Command palette

palette-title = Komandas
palette-search = Ierakstiet komandu
palette-nothing = Neviena komanda neatbilst

## Toolbar and map header

toolbar-map = Karte
toolbar-new-map = Jauna karte…
toolbar-new-map-label = Jauna karte no veidnes
toolbar-map-kind = Kartes veids
toolbar-fit = Ietilpināt
toolbar-personas = Personas
toolbar-commands = Komandas
toolbar-new = Jauns…
toolbar-export = Eksportēt…
header-derived-from = atvasināta no „{ $title }”
header-derived-from-deleted = atvasināta no dzēstas kartes
header-no-persona = Nav piesaistītas personas
future-state-title = { $title } (nākotnes stāvoklis)

## The canvas

canvas-role = ceļa karte
canvas-label = Ceļa karte. Ar bulttaustiņiem pārvietojieties starp kartītēm un šūnām, Enter — rediģēt, Delete — dzēst, Ctrl+bultiņas — pārvietot.
canvas-cells = Kartes šūnas
canvas-lanes = Joslas
canvas-stages = Posmi
canvas-card-role = kartīte
canvas-no-map = Šajā projektā vēl nav nevienas kartes. Izveidojiet to izvēlnē Karte augšā.
editor-card = Kartītes teksts
editor-new-card = Jaunas kartītes teksts
editor-name-stage = Posma nosaukums
editor-name-step = Soļa nosaukums
editor-name-lane = Joslas nosaukums
editor-hint = Ctrl+Enter vai Esc, lai pabeigtu
resize-width = Platums: { $size }
resize-height = Augstums: { $size }
default-stage-name = Jauns posms
default-step-name = Solis { $n }
default-persona-name = Jauna persona

## What screen readers hear

describe-card = { $what }. { $lane }, { $column }
describe-card-missing = Kartīte
describe-column-step = { $stage }, { $step }
describe-picture = Attēls
describe-empty-card = Tukša kartīte
describe-channel = kanāls { $channel }
describe-severity = { $level } nopietnība
describe-impact = ietekme { $level }
describe-effort = piepūle { $level }
describe-metric = { $name }: tagad { $current }, mērķis { $target } { $unit }
describe-owner = atbildīgais { $owner }
describe-cards-selected = { $count ->
    [zero] Atlasīts { $count } kartīšu
    [one] Atlasīta { $count } kartīte
   *[other] Atlasītas { $count } kartītes
}
describe-empty-place = tukša šūna. { $lane }, { $column }
describe-no-emotion = nav emociju punkta. { $lane }, { $column }
describe-emotion = emocija { $value }{ $critical ->
    [yes] , kritiskais brīdis
   *[no] {""}
}. { $lane }, { $column }
describe-stage = Posms { $name }
describe-step = Solis { $name }
describe-lane = Josla { $name } ({ $kind })

## Palette

palette-label = Palete
palette-add-lane = Pievienot joslu
palette-lane-tip = Noklikšķiniet, lai pievienotu apakšā, vai velciet kartē
palette-touchpoints = Saskares punkti
palette-channel-name = Saskares punkts: { $channel }
palette-channel-tip = { $channel }: velciet uz saskares punktu šūnu vai kartīti
palette-channel-select-first = Vispirms atlasiet saskares punktu kartīti vai velciet ikonu uz saskares punktu šūnu.
palette-channel-where = Velciet ikonu uz saskares punktu šūnu vai vispirms atlasiet saskares punktu kartīti vai šūnu.

## Inspector

inspector-title = Inspektors
inspector-cards = { $count ->
    [zero] { $count } kartīšu
    [one] { $count } kartīte
   *[other] { $count } kartītes
}
inspector-card = Kartīte
inspector-in-lane = joslā { $lane }
inspector-text = Teksts
inspector-none = Nav
inspector-not-rated = Nav novērtējuma
inspector-metric-current = Pašlaik
inspector-metric-target = Mērķis
inspector-metric-unit = Mērvienība
inspector-metric-unit-hint = %, dienas, /5…
inspector-choose-picture = Izvēlēties attēlu…
inspector-replace-picture = Aizstāt attēlu…
inspector-remove-picture = Noņemt attēlu
inspector-alt = Alternatīvais teksts
inspector-colour = Krāsa
inspector-colour-named = Krāsa { $colour }
inspector-lane-colour = Joslas krāsa
inspector-default-colour = Noklusējuma
inspector-header-colour = Galvenes krāsa
inspector-edit-on-map = Rediģēt kartē
inspector-delete-card = Dzēst kartīti
inspector-delete-cards = Dzēst { $count ->
    [zero] { $count } kartīšu
    [one] { $count } kartīti
   *[other] { $count } kartītes
}
inspector-stage = Posms
inspector-step = Solis
inspector-lane = Josla
inspector-map = Karte
inspector-name = Nosaukums
inspector-description = Apraksts
inspector-width = Platums
inspector-height = Augstums
inspector-kind = Veids
inspector-map-language = Kartes valoda
inspector-map-language-project = Projekta valoda ({ $language })
inspector-map-language-unset = Nav iestatīta
inspector-map-flow = Virziens
inspector-move-left = Pārvietot pa kreisi
inspector-move-right = Pārvietot pa labi
inspector-move-up = Pārvietot augšup
inspector-move-down = Pārvietot lejup
inspector-add-stage-after = Pievienot posmu aiz šī
inspector-add-step = Pievienot soli
inspector-add-step-after = Pievienot soli aiz šī
inspector-delete-stage = Dzēst posmu
inspector-delete-step = Dzēst soli
inspector-delete-lane = Dzēst joslu
inspector-emotion = Emocija
inspector-emotion-scale = Kā klients jūtas
inspector-critical = Kritiskais brīdis (patiesības brīdis)
inspector-note = Piezīme
inspector-clear-point = Notīrīt punktu
inspector-no-point = Punkta vēl nav: izvēlieties vērtību, veiciet dubultklikšķi uz joslas vai velciet tajā.
inspector-empty-place = Tukša vieta
inspector-add-card = Pievienot kartīti (Enter)
inspector-title-field = Nosaukums
inspector-scenario = Scenārijs
inspector-business-goal = Biznesa mērķis
inspector-last-reviewed = Pēdējoreiz pārskatīta
inspector-reviewed-today = Pārskatīta šodien
inspector-pick-date = Izvēlēties datumu…
inspector-clear-date = Notīrīt datumu
inspector-map-personas = Personas šajā kartē
inspector-no-personas = Personu vēl nav: atveriet personu paneli, lai izveidotu personu.
inspector-hint = Atlasiet kartīti, šūnu, posma galveni vai joslas galveni, lai to rediģētu šeit.
inspector-delete-map = Dzēst šo karti
inspector-read-only = Šis skats ir tikai lasāms.

## Personas panel

personas-title = Personas
personas-new = Jauna persona
personas-list = Šī projekta personas
personas-on-map = šajā kartē
personas-link = Rādīt šajā kartē ({ $map })
personas-linked = Redzama šajā kartē ({ $map })
personas-drop-photo = Nometiet fotoattēlu šeit
personas-choose-photo = Izvēlēties fotoattēlu…
personas-replace-photo = Aizstāt fotoattēlu…
personas-remove-photo = Noņemt fotoattēlu
personas-one-per-line = Pa vienam katrā rindā
personas-delete = Dzēst personu
personas-empty = Persona ir klients, par kuru ir karte: vārds, fotoattēls, citāts, kas viņš ir un ko viņš vēlas.
persona-photo-of = Fotoattēls: { $name }
persona-group-demographics = Demogrāfija
persona-group-geography = Ģeogrāfija
persona-group-buying = Pirkšanas paradumi
persona-group-psychographics = Psihogrāfija
persona-group-segment = Segments

## Start screen

start-new-project = Jauns projekts
start-lead = Klientu ceļa kartes vienā failā jūsu datorā. Bez konta, bez mākoņa.
start-templates = Sākt no veidnes
start-open = Atvērt projektu…
start-recent = Nesen atvērtie
start-recent-missing = { $path } (pārvietots vai dzēsts)

## Export dialog

export-title = Eksportēt
export-format = Formāts
export-format-pdf = PDF (vektoru grafika, meklējams teksts)
export-format-png = PNG attēls
export-what = Ko eksportēt
export-this-map = Šo karti
export-every-map = Visas projekta kartes
export-persona-pages = Atsevišķa lapa katrai personai
export-paper = Papīrs
export-paper-fit = Pēc satura (viena lapa katrai kartei)
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-paper-tabloid = Tabloid
export-orientation = Orientācija
export-landscape = Ainava
export-portrait = Portrets
export-size = Izmērs uz papīra
export-scale-to-page = Mērogot, lai ietilptu vienā lapā
export-poster = Pilnā izmērā vairākās lapās (plakāts)
export-scale = Mērogs
export-scale-option = { $scale }x ({ $dpi } dpi)
export-transparent = Caurspīdīgs fons
export-progress = Eksportēšanas gaita
export-go = Eksportēt…
export-preview = Priekšskatījums
export-preview-alt = Eksportētās kartes priekšskatījums
export-preparing = Gatavo priekšskatījumu…
export-summary-png = { $width } × { $height } pikseļi, { $scale }x, { $dpi } dpi
export-summary-fit = { $pages ->
    [zero] { $pages } lapu, katra savas kartes izmērā
    [one] { $pages } lapa savas kartes izmērā
   *[other] { $pages } lapas, katra savas kartes izmērā
}
export-summary-paper = { $pages ->
    [zero] { $pages } lapu
    [one] { $pages } lapa
   *[other] { $pages } lapas
}, { $paper }, { $orientation ->
    [landscape] ainavas orientācija
   *[portrait] portreta orientācija
}

## Messages

toast-dismiss = Aizvērt
toast-saved-copy = Kopija saglabāta kā { $file }; tagad jūs rediģējat kopiju.
toast-exported = Eksportēts: { $path } ({ $kb } KB).
toast-copied = { $count ->
    [zero] Nokopēts { $count } kartīšu.
    [one] Nokopēta { $count } kartīte.
   *[other] Nokopētas { $count } kartītes.
}
toast-paste-nowhere = Atlasiet šūnu vai kartīti, blakus kurai ielīmēt.
toast-undone = Atsaukts: { $what }
toast-redone = Atsaukšana atcelta: { $what }
toast-changed-elsewhere = { $what }, kartē „{ $map }”
toast-drop-picture-where = Nometiet attēlu uz personas fotoattēla vai uz tādas joslas šūnas, kurā ir attēli.
toast-drop-what = Waymark atver .waymark projektus un PNG vai JPEG attēlus.

## Persona fields in the panel

persona-field-name = Vārds
persona-field-quote = Citāts
persona-field-age = Vecums
persona-field-gender = Dzimums
persona-field-occupation = Nodarbošanās
persona-field-income = Ienākumi
persona-field-family = Ģimene
persona-field-education = Izglītība
persona-field-region = Reģions
persona-field-frequency = Cik bieži pērk
persona-field-decision-time = Cik ilgi pieņem lēmumu
persona-field-triggers = Kas rosina pirkumu
persona-field-values = Vērtības
persona-field-lifestyle = Dzīvesveids
persona-field-segment = Segments
persona-field-goals = Mērķi
persona-field-motivations = Motivācija
persona-field-frustrations = Frustrācijas
